import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { knowhowVersion, ScriptContent, scriptVersions } from "../../domain/knowhow/schema.ts";
import { apiGet, apiSend } from "../api/client.ts";

export type KnowhowVersion = z.infer<typeof knowhowVersion>;
type ScriptVersions = z.infer<typeof scriptVersions>;
export interface ScriptSummary {
  key: string;
  title: string;
  versionId: number;
  versionNo: number;
  drafts: number;
}

export function useEditableScripts() {
  return useQuery({
    queryKey: ["knowhow", "scripts"],
    queryFn: () => apiGet<{ items: ScriptSummary[] }>("/api/knowhow/scripts").then((r) => r.items),
  });
}

export function useScriptVersions(key: string) {
  return useQuery({
    queryKey: ["knowhow", "scripts", key],
    queryFn: () => apiGet<ScriptVersions>(`/api/knowhow/scripts/${key}`),
  });
}

/** After a save or a publication: the editor, the list, and the library everyone reads. */
function useRefresh(key: string) {
  const client = useQueryClient();
  return (data: ScriptVersions) => {
    client.setQueryData(["knowhow", "scripts", key], data);
    void client.invalidateQueries({ queryKey: ["knowhow", "scripts"], exact: true });
    void client.invalidateQueries({ queryKey: ["scripts"] });
  };
}

export function useSaveScriptDraft(key: string) {
  const onSuccess = useRefresh(key);
  return useMutation({
    mutationFn: (content: ScriptContent) =>
      apiSend<ScriptVersions>("POST", `/api/knowhow/scripts/${key}/draft`, { content }),
    onSuccess,
  });
}

export function usePublishVersion(key: string) {
  const onSuccess = useRefresh(key);
  return useMutation({
    mutationFn: (id: number) => apiSend<ScriptVersions>("POST", `/api/knowhow/versions/${id}/publish`),
    onSuccess,
  });
}
