import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  ScorecardSettings,
  scorecardDetail,
  scorecards,
  scorecardTrend,
} from "../../domain/assessment/schema.ts";
import type { Metric } from "../../domain/assessment/vocabulary.ts";
import { apiGet, apiSend } from "../api/client.ts";

export type Scorecards = z.infer<typeof scorecards>;
export type OutletScorecard = Scorecards["outlets"][number];
export type ScorecardDetail = z.infer<typeof scorecardDetail>;

const key = ["assessment"] as const;

export const useScorecards = (month: string) =>
  useQuery({
    queryKey: [...key, "cards", month],
    queryFn: () => apiGet<Scorecards>("/api/assessment/scorecards", { month }),
  });

export const useTrend = (month: string) =>
  useQuery({
    queryKey: [...key, "trend", month],
    queryFn: () =>
      apiGet<z.infer<typeof scorecardTrend>>("/api/assessment/scorecards/trend", { month, months: 6 }),
  });

export const useDetail = (orgUnitId: number | null, month: string, metric: Metric | null) =>
  useQuery({
    queryKey: [...key, "detail", orgUnitId, month, metric],
    queryFn: () =>
      apiGet<ScorecardDetail>(`/api/assessment/scorecards/${orgUnitId}/detail`, {
        month,
        metric: metric ?? "",
      }),
    enabled: orgUnitId !== null && metric !== null,
  });

export const useScorecardSettings = () =>
  useQuery({
    queryKey: [...key, "settings"],
    queryFn: () => apiGet<ScorecardSettings>("/api/assessment/settings"),
  });

export function useSaveScorecardSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ScorecardSettings) =>
      apiSend<ScorecardSettings>("PUT", "/api/assessment/settings", body),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
