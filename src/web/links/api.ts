import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LinksAnswer, RecordRef } from "../../domain/links/schema.ts";
import { apiGet, apiSend } from "../api/client.ts";

export type { LinksAnswer, RecordRef };

const key = (ref: RecordRef) => ["links", ref.kind, ref.id] as const;

/** The records linked to one record that the reader may open, and what its page offers to open next. */
export function useLinks(ref: RecordRef) {
  return useQuery({
    queryKey: key(ref),
    queryFn: () => apiGet<LinksAnswer>("/api/links", { kind: ref.kind, id: ref.id }),
  });
}

/**
 * Opens the emergency an offer names, linked to the record, in one request: the incident is reported at
 * `orgUnitId` (the record's outlet) with the record's summary.
 */
export function useOpenIncident(from: RecordRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { category: string; summary: string; orgUnitId?: number }) =>
      apiSend<{ id: number; ref: string }>("POST", "/api/incidents", { ...body, linkFrom: from }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["links"] }),
  });
}
