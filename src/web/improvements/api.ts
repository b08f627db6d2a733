import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { createImprovementBody, improvement } from "../../domain/improvements/schema.ts";
import type { ImprovementSource } from "../../domain/improvements/vocabulary.ts";
import type { User } from "../../domain/users/schema.ts";
import { apiGet, apiSend, type Page } from "../api/client.ts";
import { useKeysetList } from "../api/keyset.ts";

export type Improvement = z.infer<typeof improvement>;
const key = ["improvements"];

/** The improvements planned from one incident or complaint. */
export function useSourceImprovements(sourceKind: ImprovementSource, sourceId: number) {
  return useQuery({
    queryKey: [...key, "source", sourceKind, sourceId],
    queryFn: () =>
      apiGet<Page<Improvement>>("/api/improvements", { sourceKind, sourceId, limit: 100 }).then(
        (p) => p.items,
      ),
  });
}

/** The open improvements the caller owns, for the home page. */
export function useMyOpenImprovements() {
  return useQuery({
    queryKey: [...key, "mine-open"],
    queryFn: () =>
      apiGet<Page<Improvement>>("/api/improvements", { mine: "true", status: "open", limit: 20 }).then(
        (p) => p.items,
      ),
  });
}

export function useImprovements(filters: { status?: "open" | "done"; mine?: "true" }) {
  return useKeysetList<Improvement>([...key, "list", filters], "/api/improvements", filters, 20);
}

/** Staff the caller may name as owner: their own subtree. */
export function useOwnerChoices() {
  return useQuery({
    queryKey: [...key, "owners"],
    queryFn: () =>
      apiGet<Page<User>>("/api/users", { limit: 200 }).then((p) => p.items.filter((u) => !u.disabled)),
    staleTime: 5 * 60_000,
  });
}

export function usePlanImprovement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createImprovementBody>) =>
      apiSend<Improvement>("POST", "/api/improvements", body),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useCompleteImprovement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, outcome }: { id: number; outcome: string }) =>
      apiSend<Improvement>("POST", `/api/improvements/${id}/complete`, { outcome }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
