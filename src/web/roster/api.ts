import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { addShiftBody, Roster } from "../../domain/roster/schema.ts";
import { apiGet, apiSend } from "../api/client.ts";

const rosterKey = ["roster"] as const;

export function useRoster(unitId: number | undefined) {
  return useQuery({
    queryKey: [...rosterKey, unitId],
    queryFn: () => apiGet<Roster>(`/api/roster/${unitId}`),
    enabled: unitId !== undefined,
  });
}

export function useAddShift(unitId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof addShiftBody>) =>
      apiSend<{ id: number }>("POST", `/api/roster/${unitId}/shifts`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rosterKey }),
  });
}

export function useRemoveShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiSend("DELETE", `/api/roster/shifts/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rosterKey }),
  });
}
