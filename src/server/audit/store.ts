import type { z } from "zod";
import type { AuditEntry, listAuditQuery } from "../../domain/audit/schema.ts";
import type { OrgUnit } from "../../domain/org/schema.ts";
import type { Db } from "../db/database.ts";
import { startsWith } from "../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { recordOfRef, recordRefs, refKey } from "./refs.ts";

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/**
 * Audit entries newest first. A reader at the head office sees every entry, including those tied to no unit
 * (sign-in attempts with unknown names); a reader lower in the tree sees the entries of their subtree. Each
 * entry names its record by the reference people know (refs.ts).
 */
export async function listAudit(
  db: Db,
  scope: OrgUnit,
  filter: z.infer<typeof listAuditQuery> & { limit: number; cursor?: string },
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  let q = db.selectFrom("audit_log").selectAll();
  if (scope.parentId !== null) q = q.where(startsWith("org_path", scope.path));
  if (filter.action) {
    q = filter.action.endsWith(".")
      ? q.where(startsWith("action", filter.action.replace(/[%_]/g, "")))
      : q.where("action", "=", filter.action);
  }
  if (filter.actor) q = q.where("actor_username", "=", filter.actor);
  if (filter.entityType) q = q.where("entity_type", "=", filter.entityType);
  if (filter.entityId) {
    // An examiner knows a record by its reference (CMP-20261205-0001) more often than by its id.
    const named = await recordOfRef(db, filter.entityId);
    q = named
      ? q.where("entity_type", "=", named.entityType).where("entity_id", "=", named.entityId)
      : q.where("entity_id", "=", filter.entityId);
  }
  if (filter.from) q = q.where("at", ">=", new Date(filter.from).toISOString());
  if (filter.to) q = q.where("at", "<", new Date(filter.to).toISOString());
  const before = decodeCursor(filter.cursor);
  if (before !== null) q = q.where("id", "<", before);
  const rows = await q
    .orderBy("id", "desc")
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  const refs = await recordRefs(
    db,
    page.map((r) => ({ entityType: r.entity_type, entityId: r.entity_id })),
  );
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorUsername: r.actor_username,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      entityRef: r.entity_id === null ? null : (refs.get(refKey(r.entity_type, r.entity_id)) ?? null),
      orgUnitId: r.org_unit_id,
      before: parse(r.before_json),
      after: parse(r.after_json),
      ip: r.ip,
    })),
    nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}
