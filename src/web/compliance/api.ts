import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { z } from "zod";
import type { CheckContext, Finding, RuleSpec } from "../../domain/compliance/matcher.ts";
import { checkText, compileRules } from "../../domain/compliance/matcher.ts";
import type {
  listMaterialsQuery,
  Material,
  MaterialSummary,
  newVersionBody,
  reviewBody,
  submitMaterialBody,
} from "../../domain/compliance/materials-schema.ts";
import type { Rule } from "../../domain/compliance/schema.ts";
import { apiGet, apiSend } from "../api/client.ts";
import { useKeysetList } from "../api/keyset.ts";

export type { Finding, Material, MaterialSummary, Rule };
export type MaterialFilter = z.infer<typeof listMaterialsQuery>;

const key = ["compliance"] as const;

/**
 * The rules that apply to the user, compiled in the browser: the editor checks as one types, with the very
 * matcher the server runs.
 */
export function useLiveChecker(): ((text: string, ctx: CheckContext) => Finding[]) | null {
  const ruleset = useQuery({
    queryKey: [...key, "ruleset"],
    queryFn: () => apiGet<{ rules: RuleSpec[] }>("/api/compliance/ruleset").then((r) => r.rules),
    staleTime: 60_000,
  });
  return useMemo(() => {
    if (!ruleset.data) return null;
    const compiled = compileRules(ruleset.data);
    return (text: string, ctx: CheckContext) => checkText(compiled, text, ctx);
  }, [ruleset.data]);
}

export function useMaterials(filter: MaterialFilter) {
  return useKeysetList<MaterialSummary>([...key, "materials", filter], "/api/materials", filter, 50);
}

export function useMaterial(id: number) {
  return useQuery({
    queryKey: [...key, "material", id],
    queryFn: () => apiGet<Material>(`/api/materials/${id}`),
  });
}

function useMaterialMutation<Body>(send: (body: Body) => Promise<Material>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (material) => {
      client.setQueryData([...key, "material", material.id], material);
      client.invalidateQueries({ queryKey: [...key, "materials"] });
    },
  });
}

export const useSubmitMaterial = () =>
  useMaterialMutation((body: z.input<typeof submitMaterialBody>) =>
    apiSend<Material>("POST", "/api/materials", body),
  );

export const useNewVersion = (id: number) =>
  useMaterialMutation((body: z.input<typeof newVersionBody>) =>
    apiSend<Material>("POST", `/api/materials/${id}/versions`, body),
  );

export const useReview = (id: number) =>
  useMaterialMutation((body: z.input<typeof reviewBody>) =>
    apiSend<Material>("POST", `/api/materials/${id}/review`, body),
  );

export function useRules(q: string) {
  return useKeysetList<Rule>(
    [...key, "rules", q],
    "/api/compliance/rules",
    { q, includeDisabled: "true" },
    100,
  );
}

export function useUpdateRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & Record<string, unknown>) =>
      apiSend<Rule>("PATCH", `/api/compliance/rules/${id}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useCreateRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => apiSend<Rule>("POST", "/api/compliance/rules", body),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
