import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { backtest, ruleSetting, source, Warning } from "../../domain/warnings/schema.ts";
import type { WarningRule } from "../../domain/warnings/vocabulary.ts";
import { apiGet, apiSend } from "../api/client.ts";

export type { Warning };
export type RuleSetting = z.infer<typeof ruleSetting>;
export type Backtest = z.infer<typeof backtest>;
export type Source = z.infer<typeof source>;

const BASE = "/api/warnings";
/** Every warning query starts with this key; the live event "warning.updated" makes them all stale. */
export const WARNINGS_KEY = ["warnings"] as const;

export function useWarning(id: number) {
  return useQuery({
    queryKey: [...WARNINGS_KEY, "detail", id],
    queryFn: () => apiGet<Warning>(`${BASE}/${id}`),
  });
}

/** After a change to a warning, the boards and lists that show it refetch too. */
function useWarningMutation<T>(send: (body: T) => Promise<Warning>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: WARNINGS_KEY });
      void queryClient.invalidateQueries({ queryKey: ["watch"] });
    },
  });
}

export const useAcknowledge = (id: number) =>
  useWarningMutation(() => apiSend<Warning>("POST", `${BASE}/${id}/acknowledge`));

export const useLift = (id: number) =>
  useWarningMutation((reason: string) => apiSend<Warning>("POST", `${BASE}/${id}/lift`, { reason }));

export function useRuleSettings() {
  return useQuery({
    queryKey: [...WARNINGS_KEY, "rules"],
    queryFn: () => apiGet<{ items: RuleSetting[] }>(`${BASE}/rules`).then((r) => r.items),
  });
}

type SettingBody = { enabled: boolean; thresholds: Record<string, number> };

export function useSaveRule(rule: WarningRule) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingBody) => apiSend<RuleSetting>("PUT", `${BASE}/rules/${rule}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...WARNINGS_KEY, "rules"] }),
  });
}

export const useBacktest = (rule: WarningRule) =>
  useMutation({
    mutationFn: (body: SettingBody) => apiSend<Backtest>("POST", `${BASE}/rules/${rule}/backtest`, body),
  });

export function useSources() {
  return useQuery({
    queryKey: [...WARNINGS_KEY, "sources"],
    queryFn: () => apiGet<{ items: Source[] }>(`${BASE}/sources`).then((r) => r.items),
  });
}

function useSourceMutation<T, R>(send: (body: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...WARNINGS_KEY, "sources"] }),
  });
}

export const useCreateSource = () =>
  useSourceMutation((name: string) =>
    apiSend<Source & { token: string }>("POST", `${BASE}/sources`, { name }),
  );

export const useRevokeSource = () =>
  useSourceMutation((id: number) => apiSend<Source>("DELETE", `${BASE}/sources/${id}`));
