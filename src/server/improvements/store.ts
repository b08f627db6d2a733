import type { Kysely } from "kysely";
import type { z } from "zod";
import { localDateOf } from "../../domain/calendar/dates.ts";
import { complete, seesUnitImprovements } from "../../domain/improvements/policy.ts";
import type { improvement, listImprovementsQuery } from "../../domain/improvements/schema.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { notFound } from "../http/errors.ts";

type Improvement = z.infer<typeof improvement>;

function selectImprovements(db: Kysely<Database>) {
  return db
    .selectFrom("improvement_actions as a")
    .innerJoin("org_units as o", "o.id", "a.org_unit_id")
    .innerJoin("users as owner", "owner.id", "a.owner_id")
    .innerJoin("users as creator", "creator.id", "a.created_by")
    .selectAll("a")
    .select(["o.name as org_name", "o.path as org_path", "owner.display_name as owner_name"])
    .select("creator.display_name as creator_name");
}

type Row = Awaited<ReturnType<ReturnType<typeof selectImprovements>["executeTakeFirstOrThrow"]>>;

/** What the caller may see: their own, and for heads, managers and officers every one of their subtree. */
function visible(caller: Caller) {
  return (q: ReturnType<typeof selectImprovements>) =>
    seesUnitImprovements(caller.user.role)
      ? q.where((eb) =>
          eb.or([startsWith("o.path", caller.scopePath), eb("a.owner_id", "=", caller.user.id)]),
        )
      : q.where("a.owner_id", "=", caller.user.id);
}

function present(
  r: Row,
  caller: Caller,
  today: string,
  versions: Map<number, Improvement["versions"]>,
): Improvement {
  const may = complete(
    { status: r.status, ownerId: r.owner_id },
    { id: caller.user.id, role: caller.user.role },
  );
  return {
    id: r.id,
    sourceKind: r.source_kind,
    sourceId: r.source_id,
    sourceRef: r.source_ref,
    orgUnitName: r.org_name,
    area: r.area,
    what: r.what,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    dueOn: r.due_on,
    status: r.status,
    overdue: r.status === "open" && r.due_on < today,
    outcome: r.outcome,
    createdByName: r.creator_name,
    createdAt: r.created_at,
    doneAt: r.done_at,
    versions: versions.get(r.id) ?? [],
    allowedActions: may.ok ? ["complete"] : [],
  };
}

export async function listImprovements(
  db: Kysely<Database>,
  caller: Caller,
  query: z.infer<typeof listImprovementsQuery>,
  now: Date,
  timeZone: string,
): Promise<{ items: Improvement[]; nextCursor: string | null }> {
  let q = visible(caller)(selectImprovements(db));
  if (query.mine) q = q.where("a.owner_id", "=", caller.user.id);
  if (query.status) q = q.where("a.status", "=", query.status);
  if (query.sourceKind) q = q.where("a.source_kind", "=", query.sourceKind);
  if (query.sourceId !== undefined) q = q.where("a.source_id", "=", query.sourceId);
  const before = decodeCursor(query.cursor);
  if (before !== null) q = q.where("a.id", "<", before);
  const rows = await q
    .orderBy("a.id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const today = localDateOf(now, timeZone);
  const versions = await versionsOfImprovements(
    db,
    page.map((r) => r.id),
  );
  return {
    items: page.map((r) => present(r, caller, today, versions)),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}

/** One improvement the caller may see; 404 otherwise. */
export async function getImprovement(
  db: Kysely<Database>,
  caller: Caller,
  id: number,
  now: Date,
  timeZone: string,
): Promise<Improvement> {
  const row = await visible(caller)(selectImprovements(db)).where("a.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return present(row, caller, localDateOf(now, timeZone), await versionsOfImprovements(db, [id]));
}

/** The row the command frame loads: visible to the caller as above, with its unit's path for the audit. */
export async function loadForCommand(db: Kysely<Database>, caller: Caller, id: number) {
  const row = await visible(caller)(selectImprovements(db)).where("a.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The know-how versions that answer each action. */
export async function versionsOfImprovements(db: Kysely<Database>, improvementIds: number[]) {
  const byAction = new Map<number, Improvement["versions"]>();
  if (improvementIds.length === 0) return byAction;
  const rows = await db
    .selectFrom("knowhow_version_improvements as l")
    .innerJoin("knowhow_versions as v", "v.id", "l.version_id")
    .innerJoin("knowhow_items as i", "i.id", "v.item_id")
    .select(["l.improvement_id", "v.id", "i.kind", "i.key", "v.version_no", "v.status"])
    .where("l.improvement_id", "in", improvementIds)
    .orderBy("v.id")
    .execute();
  for (const r of rows)
    byAction.set(r.improvement_id, [
      ...(byAction.get(r.improvement_id) ?? []),
      { id: r.id, kind: r.kind, key: r.key, versionNo: r.version_no, status: r.status },
    ]);
  return byAction;
}
