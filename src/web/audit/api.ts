import { useQuery } from "@tanstack/react-query";
import type { AuditEntry, HistoryEntry } from "../../domain/audit/schema.ts";
import { apiGet } from "../api/client.ts";
import { useKeysetList } from "../api/keyset.ts";

export interface AuditFilter {
  /** An exact action ("auth.login") or a family ending in a dot ("auth."). */
  action?: string;
  actor?: string;
  entityType?: string;
  entityId?: string;
  /** ISO times with offset; `to` is exclusive. */
  from?: string;
  to?: string;
}

const PAGE_SIZE = 50;

/** The audit trail, newest first, a page at a time. */
export function useAudit(filter: AuditFilter) {
  return useKeysetList<AuditEntry>(["audit", filter], "/api/audit", filter, PAGE_SIZE, {
    keepPrevious: false,
  });
}

/**
 * A record's history. The key sits under the feature's own key ("complaints", "counter-exceptions"), so the
 * feature's mutations and live events, which refresh everything under it, refresh the history too.
 */
export function useHistory(feature: "complaints" | "counter-exceptions", id: number) {
  return useQuery({
    queryKey: [feature, "history", id],
    queryFn: async () => (await apiGet<{ items: HistoryEntry[] }>(`/api/${feature}/${id}/history`)).items,
  });
}
