import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  ChecklistItem,
  createChecklistItemBody,
  InspectionDetail,
  InspectionSummary,
  listInspectionsQuery,
  listRectificationsQuery,
  Rectification,
  recordResultBody,
  updateChecklistItemBody,
} from "../../domain/inspections/schema.ts";
import { apiGet, apiSend } from "../api/client.ts";
import { useKeysetList } from "../api/keyset.ts";
import { uploadFile } from "../api/upload.ts";

export type { ChecklistItem, InspectionDetail, InspectionSummary, Rectification };
export type InspectionFilter = Omit<z.input<typeof listInspectionsQuery>, "limit" | "cursor">;
export type Result = InspectionDetail["results"][number];
export type Photo = Result["photos"][number];

const BASE = "/api/inspections";
const key = ["inspections"] as const;

export const photoUrl = (inspectionId: number, photoId: number) =>
  `${BASE}/${inspectionId}/photos/${photoId}`;

export function useInspections(filter: InspectionFilter) {
  return useKeysetList<InspectionSummary>([...key, "list", filter], BASE, filter, 50);
}

export function useInspection(id: number) {
  return useQuery({
    queryKey: [...key, "one", id],
    queryFn: () => apiGet<InspectionDetail>(`${BASE}/${id}`),
  });
}

export function useRectifications(filter: z.input<typeof listRectificationsQuery>) {
  return useQuery({
    queryKey: [...key, "rectifications", filter],
    queryFn: async () => (await apiGet<{ items: Rectification[] }>(`${BASE}/rectifications`, filter)).items,
  });
}

export function useChecklist() {
  return useQuery({
    queryKey: [...key, "checklist"],
    queryFn: async () => (await apiGet<{ items: ChecklistItem[] }>(`${BASE}/checklist`)).items,
  });
}

/** Any change refreshes everything inspections show: the detail, the lists and the rectifications. */
function useInspectionChange<V, R>(send: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export const useStartInspection = () =>
  useInspectionChange((orgUnitId: number) => apiSend<InspectionDetail>("POST", BASE, { orgUnitId }));

export const useRecordResult = (id: number) =>
  useInspectionChange(({ resultId, body }: { resultId: number; body: z.input<typeof recordResultBody> }) =>
    apiSend<InspectionDetail>("PUT", `${BASE}/${id}/results/${resultId}`, body),
  );

export const useFindingPhoto = (id: number, language: string) =>
  useInspectionChange(({ resultId, file }: { resultId: number; file: File }) =>
    uploadFile(`${BASE}/${id}/results/${resultId}/photos`, file, language),
  );

export const useSubmitInspection = (id: number) =>
  useInspectionChange((summary: string) =>
    apiSend<InspectionDetail>("POST", `${BASE}/${id}/submit`, { summary }),
  );

export const useCancelInspection = (id: number) =>
  useInspectionChange(() => apiSend<InspectionDetail>("POST", `${BASE}/${id}/cancel`));

export const useEvidencePhoto = (language: string) =>
  useInspectionChange(({ id, file }: { id: number; file: File }) =>
    uploadFile(`${BASE}/rectifications/${id}/photos`, file, language),
  );

export const useCloseRectification = () =>
  useInspectionChange(({ id, note }: { id: number; note: string }) =>
    apiSend<Rectification>("POST", `${BASE}/rectifications/${id}/close`, { note }),
  );

export const useCreateChecklistItem = () =>
  useInspectionChange((body: z.input<typeof createChecklistItemBody>) =>
    apiSend<ChecklistItem>("POST", `${BASE}/checklist`, body),
  );

export const useUpdateChecklistItem = () =>
  useInspectionChange(({ id, body }: { id: number; body: z.input<typeof updateChecklistItemBody> }) =>
    apiSend<ChecklistItem>("PATCH", `${BASE}/checklist/${id}`, body),
  );
