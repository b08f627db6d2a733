import type { AuditEntry } from "../../domain/audit/schema.ts";
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
