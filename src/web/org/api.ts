import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OrgUnit } from "../../domain/org/schema.ts";
import type { OrgKind } from "../../domain/org/units.ts";
import { apiGet, apiSend } from "../api/client.ts";

export const orgUnitsKey = ["org-units"] as const;

/** The caller's subtree, parents before children. */
export function useOrgUnits() {
  return useQuery({
    queryKey: orgUnitsKey,
    queryFn: async () => (await apiGet<{ items: OrgUnit[] }>("/api/org-units")).items,
  });
}

export interface NewOrgUnit {
  code: string;
  name: string;
  kind: OrgKind;
  parentId: number;
  dutyPhone?: string;
}

export interface OrgUnitChange {
  name?: string;
  parentId?: number;
  dutyPhone?: string | null;
}

function useOrgMutation<V>(send: (variables: V) => Promise<OrgUnit>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: orgUnitsKey });
      // User rows carry their unit's name.
      queryClient.invalidateQueries({ queryKey: ["users"] });
    },
  });
}

export const useCreateOrgUnit = () =>
  useOrgMutation((unit: NewOrgUnit) => apiSend<OrgUnit>("POST", "/api/org-units", unit));

export const useUpdateOrgUnit = () =>
  useOrgMutation(({ id, ...change }: OrgUnitChange & { id: number }) =>
    apiSend<OrgUnit>("PATCH", `/api/org-units/${id}`, change),
  );
