import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { CaseRecord, createCaseBody, searchCasesQuery, similarCase } from "../../domain/cases/schema.ts";
import { apiGet, apiSend } from "../api/client.ts";
import { useKeysetList } from "../api/keyset.ts";

export type { CaseRecord };
export type CaseFilter = Partial<z.infer<typeof searchCasesQuery>>;
export type SimilarCase = z.infer<typeof similarCase>;

const key = ["cases"] as const;

export function useCases(filter: CaseFilter) {
  return useKeysetList<CaseRecord>([...key, "list", filter], "/api/cases", filter, 30);
}

/** The published cases most like a text being written (an incident or complaint form can show these). */
export function useSimilarCases(text: string, category?: string) {
  return useQuery({
    queryKey: [...key, "similar", text, category],
    queryFn: () =>
      apiGet<{ items: SimilarCase[] }>("/api/cases/similar", { text, category }).then((r) => r.items),
    enabled: text.trim().length >= 4,
    placeholderData: keepPreviousData,
  });
}

export function useCreateCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createCaseBody>) => apiSend<CaseRecord>("POST", "/api/cases", body),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function usePublishCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiSend<CaseRecord>("POST", `/api/cases/${id}/publish`),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useCaseFromSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sourceRef: string) => apiSend<CaseRecord>("POST", "/api/cases/from-source", { sourceRef }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
