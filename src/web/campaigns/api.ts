import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  Activity,
  Campaign,
  decidePlanBody,
  Plan,
  Progress,
  recordActivityBody,
  updatePlanBody,
} from "../../domain/campaigns/schema.ts";
import { apiGet, apiSend } from "../api/client.ts";
import { useKeysetList } from "../api/keyset.ts";
import { uploadFile } from "../api/upload.ts";

export type { Activity, Campaign, Plan, Progress };
export type PlanContent = z.input<typeof updatePlanBody>;

const BASE = "/api/campaigns";
const key = ["campaigns"] as const;

export const photoUrl = (activityId: number, photoId: number) =>
  `${BASE}/activities/${activityId}/photos/${photoId}`;
export const exportUrl = (code: string, year: number) => `${BASE}/${code}/export.xlsx?year=${year}`;

export function useCampaigns() {
  return useQuery({
    queryKey: [...key, "list"],
    queryFn: async () => (await apiGet<{ items: Campaign[] }>(BASE)).items,
    staleTime: 5 * 60_000,
  });
}

export function useProgress(year: number) {
  return useQuery({
    queryKey: [...key, "progress", year],
    queryFn: () => apiGet<Progress>(`${BASE}/progress`, { year }),
  });
}

export function usePlans(year: number) {
  return useQuery({
    queryKey: [...key, "plans", year],
    queryFn: async () => (await apiGet<{ items: Plan[] }>(`${BASE}/plans`, { year })).items,
  });
}

export function usePlan(id: number) {
  return useQuery({ queryKey: [...key, "plan", id], queryFn: () => apiGet<Plan>(`${BASE}/plans/${id}`) });
}

export function useActivities(year: number) {
  return useKeysetList<Activity>([...key, "activities", year], `${BASE}/activities`, { year }, 50);
}

/** The approved materials the user's outlet may show (the server checks again when the activity is recorded). */
export function useApprovedMaterials() {
  return useQuery({
    queryKey: [...key, "materials"],
    queryFn: async () =>
      (await apiGet<{ items: { id: number; ref: string; title: string }[] }>(`${BASE}/materials`)).items,
  });
}

function useChange<V, R>(send: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

export const useCreatePlan = () =>
  useChange((year: number) => apiSend<Plan>("POST", `${BASE}/plans`, { year }));
export const useSavePlan = (id: number) =>
  useChange((body: PlanContent) => apiSend<Plan>("PUT", `${BASE}/plans/${id}`, body));
export const useSubmitPlan = (id: number) =>
  useChange(() => apiSend<Plan>("POST", `${BASE}/plans/${id}/submit`));
export const useDecidePlan = (id: number) =>
  useChange((body: z.input<typeof decidePlanBody>) =>
    apiSend<Plan>("POST", `${BASE}/plans/${id}/decision`, body),
  );
export const useRecordActivity = () =>
  useChange((body: z.input<typeof recordActivityBody>) =>
    apiSend<Activity>("POST", `${BASE}/activities`, body),
  );
export const useActivityPhoto = (language: string) =>
  useChange(({ id, file }: { id: number; file: File }) =>
    uploadFile(`${BASE}/activities/${id}/photos`, file, language),
  );
