import { type Kysely, type SelectQueryBuilder, type SqlBool, sql } from "kysely";
import { isPostgres } from "../db/dialect.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";

/** Up to this many units, a list walks each unit's rows by index (armsBy, newestFirst); above it, the newest rows of the table. */
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
 * The arms of a keyset page: `query` once for each row of `rows`, narrowed to that row's values of
 * `columns` (no columns: the query itself, one arm). Built by armsBy; `byUnit` when one of the columns is
 * the unit.
 */
export interface Arms<Q> {
  query: Q;
  columns: string[];
  rows: (number | string)[][];
  byUnit: boolean;
}

type Split = [column: string, values: readonly (number | string)[] | null];

/**
 * `query` split into one arm per unit of a small subtree (`units` from smallSubtree; null, a large one, is
 * not split) and per value of `more` (a filter's codes), so that each arm walks an index that leads with
 * those columns. Given `unit IN (…)` instead of an arm per unit, SQLite either collects every matching row
 * of the subtree and sorts it, or walks a status index across the whole bank looking for the subtree's rows
 * (bench/README.md, "Figures once kept in code comments").
 */
export function armsBy<Q>(
  query: Q,
  unitColumn: string,
  units: readonly number[] | null,
  more: Split | null = null,
): Arms<Q> {
  let columns: string[] = [];
  let rows: (number | string)[][] = [[]];
  const splits: Split[] = more ? [[unitColumn, units], more] : [[unitColumn, units]];
  for (const [column, values] of splits) {
    if (values === null) continue;
    columns = [...columns, column];
    rows = rows.flatMap((row) => values.map((v) => [...row, v]));
  }
  return { query, columns, rows, byUnit: units !== null };
}

// biome-ignore lint/suspicious/noExplicitAny: merges queries over any tables; the rows keep their row type
type AnySelect<O> = SelectQueryBuilder<any, any, O>;

/**
 * A keyset page, newest first: the `limit` newest rows of all the arms of `parts`, each arm walked newest
 * first and stopped at `limit`, then merged by id. The arms must not share rows. `idColumn` names the
 * table's id (e.g. "complaints.id"), which the rows must select as `id`.
 *
 * SQLite runs the arms as a UNION ALL. PostgreSQL plans such a union arm by arm, some 3 ms each, so that a
 * sub-branch's page filtered by a channel (96 arms) spent 300 ms planning and 8 ms reading: it gets the arms
 * of each unit of a small subtree as one, joined LATERAL to a VALUES list of their keys and planned once.
 * Arms by code alone stay apart, planned with each code's own frequency: a plan for any code of the list
 * walked the primary key past thousands of newer rows for the rare ones (bench/README.md, "The slow filter").
 */
export async function newestFirst<O extends { id: number }>(
  // biome-ignore lint/suspicious/noExplicitAny: as above
  db: Kysely<any>,
  parts: readonly Arms<AnySelect<O>>[],
  idColumn: string,
  limit: number,
): Promise<O[]> {
  const newest = (q: AnySelect<O>) => q.orderBy(sql.ref(idColumn), "desc").limit(limit);
  const narrowed = (q: AnySelect<O>, columns: string[], values: unknown[]) =>
    columns.reduce((acc, column, i) => acc.where(sql.ref(column), "=", values[i]), q);
  // Each arm selects its own `limit` newest rows.
  const arms: AnySelect<O>[] = [];
  for (const { query, columns, rows, byUnit } of parts) {
    if (rows.length === 0) continue;
    if (columns.length === 0) arms.push(newest(query));
    else if (byUnit && isPostgres(db)) {
      const keyed = narrowed(
        query,
        columns,
        columns.map((_, i) => sql.ref(`arm.k${i}`)),
      );
      arms.push(lateral(db, newest(keyed), rows, limit));
    } else arms.push(...rows.map((row) => newest(narrowed(query, columns, row))));
  }
  if (arms.length === 0) return [];
  if (arms.length === 1) return arms[0].execute();
  const arm = (q: AnySelect<O>, i: number) => db.selectFrom(q.as(`a${i}`)).selectAll();
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

/**
 * `arm` (narrowed to the columns arm.k0, arm.k1, …) once for each row of keys, as one query, newest first.
 * Whole numbers are written as literals, which PostgreSQL types as integers; bound strings are text.
 */
function lateral<O>(
  // biome-ignore lint/suspicious/noExplicitAny: as above
  db: Kysely<any>,
  arm: AnySelect<O>,
  rows: (number | string)[][],
  limit: number,
): AnySelect<O> {
  const value = (v: number | string) => {
    if (typeof v === "string") return sql.val(v);
    if (!Number.isSafeInteger(v)) throw new Error(`not an id: ${v}`);
    return sql.lit(v);
  };
  const names = rows[0].map((_, i) => sql.id(`k${i}`));
  const keys = sql`(values ${sql.join(rows.map((row) => sql`(${sql.join(row.map(value))})`))})`.as(
    sql`arm(${sql.join(names)})`,
  );
  return db
    .selectFrom(keys)
    .innerJoinLateral(arm.as("page"), (join) => join.onTrue())
    .selectAll("page")
    .orderBy(sql.ref("page.id"), "desc")
    .limit(limit) as AnySelect<O>;
}
