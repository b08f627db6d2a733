import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { CategoryCode } from "../../domain/incidents/categories.ts";
import type { TransitionAction } from "../../domain/incidents/lifecycle.ts";
import type { IncidentPolicy } from "../../domain/incidents/policy.ts";
import type { ReportFields, ReportStage } from "../../domain/incidents/reports.ts";
import type {
  catalogue,
  drillCalendar,
  incidentReports,
  photo,
  responseTimes,
} from "../../domain/incidents/room-schema.ts";
import type {
  Incident,
  IncidentRole,
  incidentSummary,
  listIncidentsQuery,
  reportIncidentBody,
  reviewBody,
  timelineEntry,
} from "../../domain/incidents/schema.ts";
import type { Severity } from "../../domain/incidents/severity.ts";
import { apiGet, apiSend } from "../api/client.ts";
import { useKeysetList } from "../api/keyset.ts";
import { uploadFile } from "../api/upload.ts";

export type { Incident };
export type IncidentSummary = z.infer<typeof incidentSummary>;
export type ReportBody = z.infer<typeof reportIncidentBody>;
export type ListFilter = Omit<z.input<typeof listIncidentsQuery>, "orgUnitId"> & { orgUnitId?: number };
export type TimelineEntry = z.infer<typeof timelineEntry>;

export type Catalogue = z.infer<typeof catalogue>;
export type Reports = z.infer<typeof incidentReports>;
export type Photo = z.infer<typeof photo>;
export type ResponseTimes = z.infer<typeof responseTimes>;
export type DrillCalendar = z.infer<typeof drillCalendar>;
export type ReviewBody = z.infer<typeof reviewBody>;

const BASE = "/api/incidents";
/**
 * Every incident query starts with this key; one incident's queries continue with its id, so the live hook
 * can refresh one room (`["incidents", id]`) or everything (`["incidents"]`).
 */
export const incidentsKey = ["incidents"] as const;
const PAGE_SIZE = 30;

export function useCatalogue() {
  return useQuery({
    queryKey: [...incidentsKey, "catalogue"],
    queryFn: () => apiGet<Catalogue>(`${BASE}/catalogue`),
    staleTime: 5 * 60_000,
  });
}

export function useIncident(id: number) {
  return useQuery({
    queryKey: [...incidentsKey, id, "detail"],
    queryFn: () => apiGet<Incident>(`${BASE}/${id}`),
  });
}

export function useTimeline(id: number) {
  return useQuery({
    queryKey: [...incidentsKey, id, "timeline"],
    queryFn: async () => (await apiGet<{ items: TimelineEntry[] }>(`${BASE}/${id}/timeline`)).items,
  });
}

export function useReports(id: number) {
  return useQuery({
    queryKey: [...incidentsKey, id, "reports"],
    queryFn: () => apiGet<Reports>(`${BASE}/${id}/reports`),
  });
}

export function usePhotos(id: number) {
  return useQuery({
    queryKey: [...incidentsKey, id, "photos"],
    queryFn: async () => (await apiGet<{ items: Photo[] }>(`${BASE}/${id}/photos`)).items,
  });
}

export const photoUrl = (id: number, photoId: number) => `${BASE}/${id}/photos/${photoId}`;

export const useUploadPhoto = (id: number, language: string) =>
  useIncidentChange(id, (file: File) => uploadFile(`${BASE}/${id}/photos`, file, language));

export function useBoard() {
  return useQuery({
    queryKey: [...incidentsKey, "board"],
    queryFn: async () => (await apiGet<{ items: IncidentSummary[] }>(`${BASE}/board`)).items,
  });
}

export function useIncidentList(filter: ListFilter) {
  return useKeysetList<IncidentSummary>([...incidentsKey, "list", filter], BASE, filter, PAGE_SIZE);
}

export function useResponseTimes(range: { from: string; to: string }) {
  return useQuery({
    queryKey: [...incidentsKey, "figures", range],
    queryFn: async () => (await apiGet<{ items: ResponseTimes[] }>(`${BASE}/figures`, range)).items,
  });
}

export function useDrills(year: number) {
  return useQuery({
    queryKey: [...incidentsKey, "drills", year],
    queryFn: () => apiGet<DrillCalendar>(`${BASE}/drills`, { year }),
  });
}

export function usePolicy() {
  return useQuery({
    queryKey: [...incidentsKey, "policy"],
    queryFn: () => apiGet<IncidentPolicy>(`${BASE}/policy`),
  });
}

export function useSavePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: IncidentPolicy) => apiSend<IncidentPolicy>("PUT", `${BASE}/policy`, policy),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: incidentsKey }),
  });
}

export function useReportIncident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportBody) => apiSend<Incident>("POST", BASE, body),
    onSuccess: (created) => {
      queryClient.setQueryData([...incidentsKey, created.id, "detail"], created);
      return queryClient.invalidateQueries({ queryKey: [...incidentsKey, "board"] });
    },
  });
}

/** A change to one incident; answers that return the incident put it straight into the room. */
function useIncidentChange<V>(id: number, send: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (answer) => {
      if (answer && typeof answer === "object" && "allowedActions" in answer)
        queryClient.setQueryData([...incidentsKey, id, "detail"], answer);
      return queryClient.invalidateQueries({ queryKey: [...incidentsKey, id] });
    },
  });
}

export const useTransition = (id: number) =>
  useIncidentChange(id, (body: { action: TransitionAction; note?: string }) =>
    apiSend<Incident>("POST", `${BASE}/${id}/transitions`, body),
  );

/** Ticks a task, with a note when someone completes it for another: the commander or whoever it was handed to. */
export const useCompleteTaskWithNote = (id: number) =>
  useIncidentChange(id, ({ taskId, note }: { taskId: number; note?: string }) =>
    apiSend<Incident>("POST", `${BASE}/${id}/tasks/${taskId}/complete`, { note }),
  );

export const useHandOverTask = (id: number) =>
  useIncidentChange(id, ({ taskId, userId }: { taskId: number; userId: number }) =>
    apiSend<Incident>("POST", `${BASE}/${id}/tasks/${taskId}/assignee`, { userId }),
  );

export const useChangeCategory = (id: number) =>
  useIncidentChange(id, (body: { category: CategoryCode; reason: string }) =>
    apiSend<Incident>("POST", `${BASE}/${id}/category`, body),
  );

export const useAddNote = (id: number) =>
  useIncidentChange(id, (text: string) => apiSend("POST", `${BASE}/${id}/notes`, { text }));

export const useAssignRole = (id: number) =>
  useIncidentChange(id, (body: { role: IncidentRole; userId: number }) =>
    apiSend<Incident>("POST", `${BASE}/${id}/roles`, body),
  );

export const useChangeSeverity = (id: number) =>
  useIncidentChange(id, (body: { severity: Severity; reason: string }) =>
    apiSend<Incident>("POST", `${BASE}/${id}/severity`, body),
  );

export const useSubmitReview = (id: number) =>
  useIncidentChange(id, (body: ReviewBody) => apiSend<Incident>("POST", `${BASE}/${id}/review`, body));

export const useSendReport = (id: number) =>
  useIncidentChange(id, (body: { stage: ReportStage; fields: ReportFields }) =>
    apiSend<Reports>("POST", `${BASE}/${id}/reports`, body),
  );

export const useAddOutlet = (id: number) =>
  useIncidentChange(id, (orgUnitId: number) =>
    apiSend<Incident>("POST", `${BASE}/${id}/outlets`, { orgUnitId }),
  );
