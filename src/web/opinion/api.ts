import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  Candidate,
  CreateEventBody,
  createRuleBody,
  createSourceBody,
  Detail,
  EntryBody,
  ListItem,
  ListQuery,
  openCandidateBody,
  Source,
  StepBody,
  WatchRule,
} from "../../domain/opinion/schema.ts";
import type { TaskId } from "../../domain/opinion/tasks.ts";
import type { Level } from "../../domain/opinion/vocabulary.ts";
import { ApiError, apiGet, apiSend, csrf } from "../api/client.ts";
import { useKeysetList } from "../api/keyset.ts";

export type { Candidate, Detail, ListItem };

const BASE = "/api/opinion/events";
const key = ["opinion"] as const;

export const useOpinionEvents = (filter: ListQuery) =>
  useKeysetList<ListItem>([...key, "list", filter], BASE, filter, 50);

export const useOpinionEvent = (id: number) =>
  useQuery({ queryKey: [...key, "detail", id], queryFn: () => apiGet<Detail>(`${BASE}/${id}`) });

export const useCandidates = () =>
  useQuery({
    queryKey: [...key, "candidates"],
    queryFn: () => apiGet<{ items: Candidate[] }>("/api/opinion/mentions").then((r) => r.items),
  });

/** The links of every record (links/api.ts): an event opened from a record or linked to one changes them. */
const LINKS_KEY = ["links"];

function useOpinionMutation<V, R>(send: (variables: V) => Promise<R>, linking = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        linking && queryClient.invalidateQueries({ queryKey: LINKS_KEY }),
      ]),
  });
}

type Created = { id: number; ref: string; level: Level };

export const useCreateEvent = () =>
  useOpinionMutation((body: CreateEventBody) => apiSend<Created>("POST", BASE, body), true);

export const useStep = (id: number) =>
  useOpinionMutation((body: StepBody) => apiSend<Detail>("POST", `${BASE}/${id}/step`, body));

export const useEntry = (id: number) =>
  useOpinionMutation((body: EntryBody) => apiSend<Detail>("POST", `${BASE}/${id}/entries`, body));

export const useDoTask = (id: number) =>
  useOpinionMutation((task: TaskId) => apiSend<Detail>("POST", `${BASE}/${id}/tasks`, { task }));

export const useOverrideLevel = (id: number) =>
  useOpinionMutation((body: { level: Level; reason: string }) =>
    apiSend<Detail>("POST", `${BASE}/${id}/level`, body),
  );

export const useReportBranch = (id: number) =>
  useOpinionMutation(() => apiSend<Detail>("POST", `${BASE}/${id}/report-branch`, {}));

export const useDraftStatement = (id: number) =>
  useOpinionMutation((text: string) => apiSend<Detail>("POST", `${BASE}/${id}/statements`, { text }));

export const useStatementAction = (id: number) =>
  useOpinionMutation(
    ({
      statementId,
      action,
      where,
    }: {
      statementId: number;
      action: "approve" | "publish";
      where?: string;
    }) =>
      apiSend<Detail>(
        "POST",
        `${BASE}/${id}/statements/${statementId}/${action}`,
        action === "publish" ? { where } : {},
      ),
  );

export const useOpenCandidate = () =>
  useOpinionMutation(({ id, ...body }: z.input<typeof openCandidateBody> & { id: number }) =>
    apiSend<Created>("POST", `/api/opinion/candidates/${id}/open`, body),
  );

export const useDismissCandidate = () =>
  useOpinionMutation(({ id, reason }: { id: number; reason: string }) =>
    apiSend("POST", `/api/opinion/candidates/${id}/dismiss`, { reason }),
  );

export const useUpdateReach = (id: number) =>
  useOpinionMutation((body: { views: number; shares: number; comments: number; likes: number }) =>
    apiSend<Detail>("POST", `${BASE}/${id}/reach`, body),
  );

export const useLinkRecord = (id: number) =>
  useOpinionMutation((ref: string) => apiSend<Detail>("POST", `${BASE}/${id}/links`, { ref }), true);

export const useSpokesperson = (id: number) =>
  useOpinionMutation((userId: number) => apiSend<Detail>("POST", `${BASE}/${id}/spokesperson`, { userId }));

export const screenshotUrl = (id: number, screenshotId: number) =>
  `${BASE}/${id}/screenshots/${screenshotId}`;

/** Multipart, so not through the JSON client; the anti-forgery token and error shape are the same. */
async function uploadScreenshot(id: number, file: File, language: string): Promise<void> {
  const body = new FormData();
  body.append("file", file);
  const response = await fetch(`${BASE}/${id}/screenshots`, {
    method: "POST",
    body,
    headers: { "x-csrf-token": await csrf(), "Accept-Language": language },
    credentials: "same-origin",
  });
  if (response.ok) return;
  const { error } = (await response.json().catch(() => ({}))) as {
    error?: { code: string; message: string };
  };
  throw new ApiError(
    response.status,
    error?.code ?? "http",
    error?.message ?? String(response.status),
    "file",
  );
}

export const useUploadScreenshot = (id: number, language: string) =>
  useOpinionMutation((file: File) => uploadScreenshot(id, file, language));

export type SourceItem = Source;
export type WatchRuleItem = WatchRule;

export const useSources = (enabled: boolean) =>
  useQuery({
    queryKey: [...key, "sources"],
    queryFn: () => apiGet<{ items: Source[] }>("/api/opinion/sources").then((r) => r.items),
    enabled,
  });

export const useCreateSource = () =>
  useOpinionMutation((body: z.input<typeof createSourceBody>) =>
    apiSend<{ id: number; token?: string }>("POST", "/api/opinion/sources", body),
  );

export const useRevokeSource = () =>
  useOpinionMutation((id: number) => apiSend<Source>("DELETE", `/api/opinion/sources/${id}`));

export const useWatchRules = () =>
  useQuery({
    queryKey: [...key, "rules"],
    queryFn: () => apiGet<{ items: WatchRule[] }>("/api/opinion/watch-rules").then((r) => r.items),
  });

export const useCreateRule = () =>
  useOpinionMutation((body: z.input<typeof createRuleBody>) =>
    apiSend<{ id: number }>("POST", "/api/opinion/watch-rules", body),
  );

export const useDisableRule = () =>
  useOpinionMutation((id: number) => apiSend("DELETE", `/api/opinion/watch-rules/${id}`));
