import { type Kysely, type SelectQueryBuilder, type SqlBool, sql } from "kysely";
import { isPostgres } from "../db/dialect.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";

/** Up to this many units, a list walks each unit's rows by index (perUnit, newestFirst); above it, the newest rows of the table. */
const SMALL_SUBTREE = 64;

/**
 * The ids of the units under `path` when the subtree is small (an outlet, a sub-branch), else null. SQLite
 * cannot use the path index for `path LIKE 'x%'` (LIKE is case-insensitive), so without the ids a small
 * subtree's list walks the whole table newest first and keeps the few rows that belong to it
 * (bench/README.md, "What changed since the first figures"). The LIMIT is written into the statement, which
 * SQLite would prepare again at every run if it were bound.
 */
export async function smallSubtree(db: Kysely<Database>, path: string): Promise<number[] | null> {
  const units = await db
    .selectFrom("org_units")
    .select("id")
    .where(isPostgres(db) ? startsWith("path", path) : underPathIndexed(path))
    .limit(sql.lit(SMALL_SUBTREE + 1))
    .execute();
  return units.length > SMALL_SUBTREE ? null : units.map((u) => u.id);
}

/**
 * The paths that start with `path`, as a range of SQLite's index on path: BINARY collation orders strings
 * bytewise, so the paths extending a prefix lie between it and the prefix followed by U+FFFF (paths are
 * ASCII). The LIKE of startsWith cannot use that index and reads the whole org tree, for a lookup every list
 * and board of an outlet makes (bench/README.md, "Boards read the whole bank's open incidents"). PostgreSQL
 * keeps LIKE: its range would follow the database's collation, which need not be bytewise.
 */
const underPathIndexed = (path: string) =>
  sql<SqlBool>`${sql.ref("path")} >= ${path} AND ${sql.ref("path")} < ${`${path}\uffff`}`;

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
    .where(startsWith("path", scopePath))
    .executeTakeFirst();
  return unit?.path ?? "-";
}

/**
 * The arms of a keyset page in a small subtree (`units` from smallSubtree): the query once per unit, so that
 * each arm walks that unit's (unit, id) index. Given `unit IN (…)` instead, SQLite either collects every
 * matching row of the subtree and sorts it, or walks a status index across the whole bank looking for the
 * subtree's rows (bench/README.md, "Figures once kept in code comments"). A large subtree is one arm: the
 * query itself.
 */
export function perUnit<Q extends SelectQueryBuilder<Database, never, unknown>>(
  query: Q,
  unitColumn: string,
  units: readonly number[] | null,
): Q[] {
  return units === null ? [query] : units.map((unit) => query.where(sql.ref(unitColumn), "=", unit) as Q);
}

/**
 * A keyset page, newest first: the `limit` newest rows of the union of `arms`, each arm walked newest first and
 * stopped at `limit`, then merged by id. The arms must not share rows. `idColumn` names the table's id (e.g.
 * "complaints.id"), which the rows must select as `id`.
 */
export async function newestFirst<O extends { id: number }>(
  // biome-ignore lint/suspicious/noExplicitAny: merges queries over any tables; the rows keep their row type
  db: Kysely<any>,
  // biome-ignore lint/suspicious/noExplicitAny: as above
  arms: readonly SelectQueryBuilder<any, any, O>[],
  idColumn: string,
  limit: number,
): Promise<O[]> {
  const newest = (q: (typeof arms)[number]) => q.orderBy(sql.ref(idColumn), "desc").limit(limit);
  if (arms.length === 0) return [];
  if (arms.length === 1) return newest(arms[0]).execute();
  const arm = (q: (typeof arms)[number], i: number) => db.selectFrom(newest(q).as(`a${i}`)).selectAll();
  let union = arm(arms[0], 0);
  for (let i = 1; i < arms.length; i++) union = union.unionAll(arm(arms[i], i));
  const rows = await db
    .selectFrom(union.as("page"))
    .selectAll()
    .orderBy(sql.ref("page.id"), "desc")
    .limit(limit)
    .execute();
  return rows as O[];
}
