import { useMutation, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { PracticeFeedback } from "../../domain/scripts/practice.ts";
import type { scenario } from "../../domain/scripts/schema.ts";
import { apiGet, apiSend } from "../api/client.ts";

export type Scenario = z.infer<typeof scenario>;
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

export function usePractice(id: string) {
  return useMutation({
    mutationFn: (reply: string) =>
      apiSend<PracticeFeedback>("POST", `/api/scripts/${id}/practice`, { reply }),
  });
}
