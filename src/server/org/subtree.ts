import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** Up to this many units, a list reads each unit's rows by index; above it, the newest rows of the table. */
const SMALL_SUBTREE = 64;

/**
 * The ids of the units under `path` when the subtree is small (an outlet, a sub-branch), else null. A list
 * query that adds `org_unit_id IN (these)` beside its `path LIKE` scope reads the (unit, id) index of just
 * those units; without it SQLite walks the whole table newest first and keeps the few rows that belong to
 * the subtree — 250–500 ms for an outlet's filtered page at a million complaints (bench/README.md).
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
