import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { versionOf } from "../../domain/knowhow/schema.ts";
import { apiGet, apiSend, type Page } from "../api/client.ts";
import type { Improvement } from "../improvements/api.ts";

/** The kinds of know-how by their path under /api/knowhow and /knowhow. */
export type KindPath = "scripts" | "playbooks" | "counter-guidance";

export type KnowhowVersion<C = unknown> = Omit<z.infer<ReturnType<typeof versionOf>>, "content"> & {
  content: C;
};
interface Versions<C> {
  key: string;
  versions: KnowhowVersion<C>[];
}
export interface ItemSummary {
  key: string;
  title: string;
  versionId: number;
  versionNo: number;
  drafts: number;
}

/** What readers of each kind load, refreshed when a version is published. */
const READERS: Record<KindPath, string[]> = {
  scripts: ["scripts"],
  playbooks: ["incidents"],
  "counter-guidance": ["counter-exceptions"],
};

export function useKnowhowItems(path: KindPath) {
  return useQuery({
    queryKey: ["knowhow", path],
    queryFn: () => apiGet<{ items: ItemSummary[] }>(`/api/knowhow/${path}`).then((r) => r.items),
  });
}

export function useItemVersions<C>(path: KindPath, key: string) {
  return useQuery({
    queryKey: ["knowhow", path, key],
    queryFn: () => apiGet<Versions<C>>(`/api/knowhow/${path}/${key}`),
  });
}

/** After a save or a publication: the editor, the list, and what everyone reads. */
function useRefresh<C>(path: KindPath, key: string) {
  const client = useQueryClient();
  return (data: Versions<C>) => {
    client.setQueryData(["knowhow", path, key], data);
    void client.invalidateQueries({ queryKey: ["knowhow", path], exact: true });
    for (const reader of [...READERS[path], "improvements"])
      void client.invalidateQueries({ queryKey: [reader] });
  };
}

/** Saves the caller's draft, naming the open improvement actions it answers. */
export function useSaveDraft<C>(path: KindPath, key: string) {
  const onSuccess = useRefresh<C>(path, key);
  return useMutation({
    mutationFn: (body: { content: C; improvementIds?: number[] }) =>
      apiSend<Versions<C>>("POST", `/api/knowhow/${path}/${key}/draft`, body),
    onSuccess,
  });
}

/** The open improvement actions the caller sees, for a draft to name. */
export function useOpenImprovements() {
  return useQuery({
    queryKey: ["improvements", "open-for-knowhow"],
    queryFn: () =>
      apiGet<Page<Improvement>>("/api/improvements", { status: "open", limit: 100 }).then((p) => p.items),
  });
}

export function usePublishVersion<C>(path: KindPath, key: string) {
  const onSuccess = useRefresh<C>(path, key);
  return useMutation({
    mutationFn: (id: number) => apiSend<Versions<C>>("POST", `/api/knowhow/versions/${id}/publish`, {}),
    onSuccess,
  });
}
