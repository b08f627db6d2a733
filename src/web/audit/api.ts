import { useInfiniteQuery } from "@tanstack/react-query";
import type { AuditEntry } from "../../domain/audit/schema.ts";
import { apiGet, type Page } from "../api/client.ts";

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
  return useInfiniteQuery({
    queryKey: ["audit", filter],
    queryFn: ({ pageParam }) =>
      apiGet<Page<AuditEntry>>("/api/audit", { ...filter, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
