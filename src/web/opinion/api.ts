import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  Candidate,
  CreateEventBody,
  Detail,
  EntryBody,
  ListItem,
  ListQuery,
  openCandidateBody,
  StepBody,
} from "../../domain/opinion/schema.ts";
import type { Level } from "../../domain/opinion/vocabulary.ts";
import { apiGet, apiSend } from "../api/client.ts";
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

function useOpinionMutation<V, R>(send: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}

type Created = { id: number; ref: string; level: Level };

export const useCreateEvent = () =>
  useOpinionMutation((body: CreateEventBody) => apiSend<Created>("POST", BASE, body));

export const useStep = (id: number) =>
  useOpinionMutation((body: StepBody) => apiSend<Detail>("POST", `${BASE}/${id}/step`, body));

export const useEntry = (id: number) =>
  useOpinionMutation((body: EntryBody) => apiSend<Detail>("POST", `${BASE}/${id}/entries`, body));

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
