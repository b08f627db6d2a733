import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import type { Database } from "../db/schema.ts";

/** Up to this many units, a list walks each unit's rows by index (newestFirst); above it, the newest rows of the table. */
const SMALL_SUBTREE = 64;

/**
 * The ids of the units under `path` when the subtree is small (an outlet, a sub-branch), else null. SQLite
 * cannot use the path index for `path LIKE 'x%'` (LIKE is case-insensitive), so without the ids a small
 * subtree's list walks the whole table newest first and keeps the few rows that belong to it: 250–500 ms
 * for an outlet's filtered page at a million complaints (bench/README.md).
 */
export async function smallSubtree(db: Kysely<Database>, path: string): Promise<number[] | null> {
  const units = await db
    .selectFrom("org_units")
    .select("id")
    .where("path", "like", `${path}%`)
    .limit(SMALL_SUBTREE + 1)
    .execute();
  return units.length > SMALL_SUBTREE ? null : units.map((u) => u.id);
}

/**
 * The path a list narrows to: the chosen unit's when the caller filters by one inside their scope, a path
 * matching nothing when the unit lies outside it, else the caller's own scope.
 */
export async function filterPath(
  db: Kysely<Database>,
  scopePath: string,
  orgUnitId?: number,
): Promise<string> {
  if (!orgUnitId) return scopePath;
  const unit = await db
    .selectFrom("org_units")
    .select("path")
    .where("id", "=", orgUnitId)
    .where("path", "like", `${scopePath}%`)
    .executeTakeFirst();
  return unit?.path ?? "-";
}

/**
 * A keyset page, newest first: the query's `limit` newest rows. In a small subtree (`units` from smallSubtree)
 * it walks the (unit, id) index of each unit, newest first and stopping at `limit`, and merges the walks by
 * id. Given `unit IN (…)` instead, SQLite either collects every matching row of the subtree and sorts it, or
 * walks a status index across the whole bank looking for the subtree's rows: 3–19 ms for a sub-branch's page
 * at a million complaints, against 1–2 ms this way (bench/README.md). `columns` names the table's unit and id
 * columns (e.g. "complaints.org_unit_id", "complaints.id"); the rows must select that id as `id`.
 */
export async function newestFirst<O extends { id: number }>(
  // biome-ignore lint/suspicious/noExplicitAny: merges a query over any tables; the rows keep its row type
  db: Kysely<any>,
  // biome-ignore lint/suspicious/noExplicitAny: as above
  query: SelectQueryBuilder<any, any, O>,
  columns: { unit: string; id: string },
  units: readonly number[] | null,
  limit: number,
): Promise<O[]> {
  const newest = (q: typeof query) => q.orderBy(sql.ref(columns.id), "desc").limit(limit);
  if (units === null) return newest(query).execute();
  if (units.length === 0) return [];
  const arm = (unit: number, i: number) =>
    db.selectFrom(newest(query.where(sql.ref(columns.unit), "=", unit)).as(`u${i}`)).selectAll();
  let union = arm(units[0], 0);
  for (let i = 1; i < units.length; i++) union = union.unionAll(arm(units[i], i));
  const rows = await db
    .selectFrom(union.as("page"))
    .selectAll()
    .orderBy(sql.ref("page.id"), "desc")
    .limit(limit)
    .execute();
  return rows as O[];
}
