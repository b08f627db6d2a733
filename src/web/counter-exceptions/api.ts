import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  createTypeBody,
  createVerifierGrantBody,
  Detail,
  deadlinePolicy,
  ExceptionType,
  FollowUpBody,
  HandleBody,
  ListItem,
  ListQuery,
  legalBody,
  ReportBody,
  stats,
  typeGuidance,
  updateTypeBody,
  VerifyBody,
  verifierGrant,
} from "../../domain/counter-exceptions/schema.ts";
import type { Status } from "../../domain/counter-exceptions/vocabulary.ts";
import { apiGet, apiSend, withQuery } from "../api/client.ts";
import { useKeysetList } from "../api/keyset.ts";

export type { Detail, ExceptionType, ListItem };
export type Guidance = z.infer<typeof typeGuidance>;
export type DeadlinePolicy = z.infer<typeof deadlinePolicy>;
export type Filter = ListQuery;
export type Stats = z.infer<typeof stats>;

const BASE = "/api/counter-exceptions";
const key = ["counter-exceptions"] as const;
const PAGE_SIZE = 50;

/** The configured exception types, disabled ones included (old records still name them). */
export function useExceptionTypes() {
  return useQuery({
    queryKey: [...key, "types"],
    queryFn: () => apiGet<{ items: ExceptionType[] }>(`${BASE}/types`).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

export function useExceptions(filter: Filter) {
  return useKeysetList<ListItem>([...key, "list", filter], BASE, filter, PAGE_SIZE);
}

export function useExceptionStats(filter: Pick<Filter, "orgUnitId" | "from" | "to">) {
  return useQuery({
    queryKey: [...key, "stats", filter],
    queryFn: () => apiGet<Stats>(`${BASE}/stats`, filter),
  });
}

/** One exception; `reveal` asks for the customer's data in full (the server audits it). */
export function useException(id: number, reveal = false) {
  return useQuery({
    queryKey: [...key, "detail", id, reveal],
    queryFn: () => apiGet<Detail>(`${BASE}/${id}`, { reveal: reveal ? "true" : undefined }),
  });
}

/** The address of the .xlsx of the filtered register; the browser downloads it with the session cookie. */
export const exportUrl = (filter: Filter) => withQuery(`${BASE}/export.xlsx`, { ...filter });

function useExceptionMutation<V, R>(send: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useReportException = () =>
  useExceptionMutation((body: ReportBody) =>
    apiSend<{ id: number; ref: string; status: Status }>("POST", BASE, body),
  );

export const useVerify = (id: number) =>
  useExceptionMutation((body: VerifyBody) => apiSend<Detail>("POST", `${BASE}/${id}/verify`, body));

export const useHandle = (id: number) =>
  useExceptionMutation((body: HandleBody) => apiSend<Detail>("POST", `${BASE}/${id}/handle`, body));

export const useFollowUp = (id: number) =>
  useExceptionMutation((body: FollowUpBody) => apiSend<Detail>("POST", `${BASE}/${id}/follow-up`, body));

export const useLinkComplaint = (id: number) =>
  useExceptionMutation((complaintRef: string) =>
    apiSend<Detail>("POST", `${BASE}/${id}/complaint-link`, { complaintRef }),
  );

/** What to do at each step and how to prevent it, for every type (a type added later gets the general one). */
export function useGuidance() {
  return useQuery({
    queryKey: [...key, "guidance"],
    queryFn: () =>
      apiGet<{ items: { type: string; guidance: Guidance }[] }>(`${BASE}/guidance`).then(
        (r) => new Map(r.items.map((i) => [i.type, i.guidance])),
      ),
    staleTime: 5 * 60_000,
  });
}

export const useLegal = (id: number) =>
  useExceptionMutation((body: z.input<typeof legalBody>) =>
    apiSend<Detail>("POST", `${BASE}/${id}/legal`, body),
  );

/** The working days verification and handling may take; administrators change them. */
export function useDeadlines() {
  return useQuery({
    queryKey: [...key, "deadlines"],
    queryFn: () => apiGet<DeadlinePolicy>(`${BASE}/deadlines`),
  });
}

export const useUpdateDeadlines = () =>
  useExceptionMutation((body: DeadlinePolicy) => apiSend<DeadlinePolicy>("PUT", `${BASE}/deadlines`, body));

/** Administrator settings: types (add, rename, disable) and verifier grants. */
export const useCreateType = () =>
  useExceptionMutation((body: z.input<typeof createTypeBody>) =>
    apiSend<ExceptionType>("POST", `${BASE}/types`, body),
  );

export const useUpdateType = () =>
  useExceptionMutation(({ code, ...body }: z.input<typeof updateTypeBody> & { code: string }) =>
    apiSend<ExceptionType>("PATCH", `${BASE}/types/${code}`, body),
  );

export type VerifierGrant = z.infer<typeof verifierGrant>;

export function useVerifierGrants() {
  return useQuery({
    queryKey: [...key, "grants"],
    queryFn: () => apiGet<{ items: VerifierGrant[] }>(`${BASE}/verifier-grants`).then((r) => r.items),
  });
}

export const useCreateGrant = () =>
  useExceptionMutation((body: z.input<typeof createVerifierGrantBody>) =>
    apiSend<VerifierGrant>("POST", `${BASE}/verifier-grants`, body),
  );

export const useDeleteGrant = () =>
  useExceptionMutation((id: number) => apiSend("DELETE", `${BASE}/verifier-grants/${id}`));
