import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { PracticeFeedback } from "../../domain/scripts/practice.ts";
import type { practiceAnswer, practiceAttempt, scenario } from "../../domain/scripts/schema.ts";
import { apiGet, apiSend, type Page } from "../api/client.ts";
import { useKeysetList } from "../api/keyset.ts";

export type Scenario = z.infer<typeof scenario>;
export type PracticeAttempt = z.infer<typeof practiceAttempt>;
export type { PracticeFeedback };

export function useScenarios() {
  return useQuery({
    queryKey: ["scripts"],
    queryFn: () => apiGet<{ items: Scenario[] }>("/api/scripts").then((r) => r.items),
    staleTime: 10 * 60_000,
  });
}

export function useScenario(id: string) {
  return useQuery({ queryKey: ["scripts", id], queryFn: () => apiGet<Scenario>(`/api/scripts/${id}`) });
}

/** Scores a reply and stores the attempt; the lists of attempts then show it. */
export function usePractice(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reply: string) =>
      apiSend<z.infer<typeof practiceAnswer>>("POST", `/api/scripts/${id}/practice`, { reply }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["practice-attempts"] }),
  });
}

/** The caller's own latest attempts at one scenario. */
export function useMyAttempts(scenarioId: string, limit = 5) {
  return useQuery({
    queryKey: ["practice-attempts", "mine", scenarioId],
    queryFn: () =>
      apiGet<Page<PracticeAttempt>>("/api/practice-attempts", { scenarioId, mine: "true", limit }),
  });
}

/** Attempts page by page: one's own, or for a coach also those of the staff below them. */
export function useAttempts(filters: { mine?: "true" }) {
  return useKeysetList<PracticeAttempt>(
    ["practice-attempts", "list", filters],
    "/api/practice-attempts",
    filters,
    20,
  );
}
