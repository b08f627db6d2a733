import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { CategoryEntry } from "../../domain/complaints/classification.ts";
import type {
  Complaint,
  ComplaintSummary,
  CreateComplaintBody,
  createdComplaint,
  listComplaintsQuery,
  personalData,
} from "../../domain/complaints/schema.ts";
import type { complaintStatsSchema, statsQuery } from "../../domain/complaints/stats-schema.ts";
import { apiGet, apiSend } from "../api/client.ts";
import { useKeysetList } from "../api/keyset.ts";

export type { Complaint, ComplaintSummary };
export type Filter = Partial<z.infer<typeof listComplaintsQuery>>;
export type Stats = z.infer<typeof complaintStatsSchema>;
export type StatsFilter = z.infer<typeof statsQuery>;
export type PersonalData = z.infer<typeof personalData>;

const BASE = "/api/complaints";
const key = ["complaints"] as const;

/** The three JR/T 0169 trees, as the administrators last edited them. */
export function useCategories() {
  return useQuery({
    queryKey: [...key, "categories"],
    queryFn: () => apiGet<{ items: CategoryEntry[] }>(`${BASE}/categories`).then((r) => r.items),
    staleTime: 10 * 60_000,
  });
}

export function useComplaints(filter: Filter) {
  return useKeysetList<ComplaintSummary>([...key, "list", filter], BASE, filter, 50);
}

export function useComplaint(id: number) {
  return useQuery({ queryKey: [...key, "one", id], queryFn: () => apiGet<Complaint>(`${BASE}/${id}`) });
}

export function useStats(filter: StatsFilter) {
  return useQuery({
    queryKey: [...key, "stats", filter],
    queryFn: () => apiGet<Stats>(`${BASE}/stats`, filter),
  });
}

/** Full personal data: fetched only on demand, because every fetch is audited. */
export const fetchPersonalData = (id: number) => apiGet<PersonalData>(`${BASE}/${id}/personal-data`);

export function useRegisterComplaint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateComplaintBody) => apiSend<z.infer<typeof createdComplaint>>("POST", BASE, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Any state change on one complaint: `path` below /api/complaints/:id, answering the complaint as it now is. */
export function useComplaintAction(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) =>
      apiSend<Complaint>("POST", `${BASE}/${id}/${path}`, body ?? {}),
    onSuccess: (updated) => {
      if (updated && "allowedActions" in updated) queryClient.setQueryData([...key, "one", id], updated);
      return queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** Adds or edits one entry of a classification tree (administrators); the code never changes. */
export function useSetCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ axis, code, ...body }: CategoryEntry) =>
      apiSend<CategoryEntry>("PUT", `${BASE}/categories/${axis}/${code}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, "categories"] }),
  });
}
