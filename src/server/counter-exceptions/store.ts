import { type Kysely, sql } from "kysely";
import type { Locale } from "../../domain/common/messages.ts";
import { localDayRange } from "../../domain/counter-exceptions/dates.ts";
import type { ListQuery } from "../../domain/counter-exceptions/schema.ts";
import { PATTERN_WINDOW_DAYS } from "../../domain/warnings/rules/counter-exception-pattern.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { notFound } from "../http/errors.ts";
import { armsBy, filterPath, newestFirst, smallSubtree } from "../org/subtree.ts";

/** Every read of the register goes through here: joined to its unit and limited to the caller's subtree. */
export function exceptionsInScope(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("counter_exceptions as ce")
    .innerJoin("org_units as ou", "ou.id", "ce.org_unit_id")
    .innerJoin("counter_exception_types as ty", "ty.code", "ce.type")
    .innerJoin("users as reporter", "reporter.id", "ce.reported_by")
    .selectAll("ce")
    .select([
      "ou.code as org_code",
      "ou.name as org_name",
      "ou.path as org_path",
      "ty.label_zh as type_zh",
      "ty.label_en as type_en",
      "reporter.display_name as reporter_name",
    ])
    .where(startsWith("ou.path", scopePath));
}

export type ExceptionRow = Awaited<
  ReturnType<ReturnType<typeof exceptionsInScope>["executeTakeFirstOrThrow"]>
>;

/** One exception inside the caller's scope; outside it, as absent as one that does not exist. */
export async function getException(db: Kysely<Database>, scopePath: string, id: number) {
  const row = await exceptionsInScope(db, scopePath).where("ce.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The path of a unit inside the scope, or a path that matches nothing (a filter never widens the scope). */
export interface ListFilter extends ListQuery {
  limit: number;
  cursor?: string;
}

/** The filtered register, newest first. */
export async function filteredExceptions(
  db: Kysely<Database>,
  scopePath: string,
  filter: ListQuery,
  now: Date,
  timeZone: string,
) {
  const path = filter.orgUnitId ? await filterPath(db, scopePath, filter.orgUnitId) : scopePath;
  return narrowed(db, scopePath, path, filter, now, timeZone).orderBy("ce.id", "desc");
}

/** The register under `scopePath`, narrowed to `path` inside it and by the filter. */
function narrowed(
  db: Kysely<Database>,
  scopePath: string,
  path: string,
  filter: ListQuery,
  now: Date,
  timeZone: string,
) {
  let q = exceptionsInScope(db, scopePath);
  if (path !== scopePath) q = q.where(startsWith("ou.path", path));
  if (filter.type) q = q.where("ce.type", "=", filter.type);
  if (filter.status) q = q.where("ce.status", "=", filter.status);
  if (filter.reportedById) q = q.where("ce.reported_by", "=", filter.reportedById);
  const range = localDayRange(filter.from, filter.to, timeZone);
  if (range.from) q = q.where("ce.reported_at", ">=", range.from);
  if (range.to) q = q.where("ce.reported_at", "<", range.to);
  if (filter.overdue === "true") {
    // Written in, as is "rejected" below: SQLite prepares a statement again at every run when a value bound
    // in it is compared with a partial index's predicate (counter_exceptions_open_due_idx, status = 'handled').
    q = q.where("ce.status", "=", sql.lit("handled")).where("ce.follow_up_due_at", "<=", now.toISOString());
  }
  return q;
}

export async function listExceptions(
  db: Kysely<Database>,
  scopePath: string,
  filter: ListFilter,
  now: Date,
  timeZone: string,
) {
  const path = filter.orgUnitId ? await filterPath(db, scopePath, filter.orgUnitId) : scopePath;
  let q = narrowed(db, scopePath, path, filter, now, timeZone);
  const before = decodeCursor(filter.cursor);
  if (before !== null) q = q.where("ce.id", "<", before);
  // A small subtree walks each unit's (unit, id) or (unit, filter, id) index, as the other lists do.
  const units = await smallSubtree(db, path);
  const rows = await newestFirst(db, [armsBy(q, "ce.org_unit_id", units)], "ce.id", filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return {
    rows: page,
    nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}

/** The steps taken, oldest first, with who took them. */
export async function timelineOf(db: Kysely<Database>, exceptionId: number) {
  return db
    .selectFrom("counter_exception_events as ev")
    .leftJoin("users as actor", "actor.id", "ev.actor_id")
    .select(["ev.step", "ev.at", "ev.data_json", "ev.actor_id", "actor.display_name as actor_name"])
    .where("ev.exception_id", "=", exceptionId)
    .orderBy("ev.id")
    .execute();
}

/** Display names of users by id (verifier, handler), whoever they are: the record names them already. */
export async function namesOf(db: Kysely<Database>, ids: (number | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map<number, string>();
  const rows = await db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("id", "in", wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export const windowStart = (now: Date) =>
  new Date(now.getTime() - PATTERN_WINDOW_DAYS * 24 * 3600_000).toISOString();

/** How often this type was reported at this outlet in the pattern window up to `now` (rejections aside). */
export async function occurrencesInWindow(
  db: Kysely<Database>,
  orgUnitId: number,
  type: string,
  now: Date,
): Promise<number> {
  const { n } = await db
    .selectFrom("counter_exceptions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("org_unit_id", "=", orgUnitId)
    .where("type", "=", type)
    .where("reported_at", ">", windowStart(now))
    .where("reported_at", "<=", now.toISOString())
    .where("status", "!=", sql.lit("rejected"))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Figures per type and per outlet for the filtered register, and the patterns of the last 30 days. */
export async function exceptionStats(
  db: Kysely<Database>,
  scopePath: string,
  filter: Pick<ListQuery, "orgUnitId" | "from" | "to">,
  now: Date,
  timeZone: string,
  locale: Locale,
) {
  const base = (await filteredExceptions(db, scopePath, filter, now, timeZone)).clearOrderBy().clearSelect();
  const label = locale === "zh" ? ("ty.label_zh" as const) : ("ty.label_en" as const);
  const byType = await base
    .select(["ce.type", `${label} as label`, (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy(["ce.type", label])
    .orderBy("n", "desc")
    .execute();
  const byOutlet = await base
    .select(["ou.id", "ou.code", "ou.name", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy(["ou.id", "ou.code", "ou.name"])
    .orderBy("n", "desc")
    .execute();
  const patterns = await exceptionsInScope(db, scopePath)
    .clearSelect()
    .select([
      "ou.id",
      "ou.name",
      "ce.type",
      `${label} as label`,
      (eb) => eb.fn.countAll<number>().as("n"),
      (eb) => eb.fn.max("ce.reported_at").as("last_at"),
    ])
    .where("ce.reported_at", ">", windowStart(now))
    .where("ce.status", "!=", sql.lit("rejected"))
    .groupBy(["ou.id", "ou.name", "ce.type", label])
    .having((eb) => eb.fn.countAll(), ">=", 2)
    .orderBy("n", "desc")
    .execute();
  return {
    byType: byType.map((r) => ({ type: r.type, typeLabel: r.label, count: Number(r.n) })),
    byOutlet: byOutlet.map((r) => ({
      orgUnitId: r.id,
      orgUnitCode: r.code,
      orgUnitName: r.name,
      count: Number(r.n),
    })),
    patterns: patterns.map((r) => ({
      orgUnitId: r.id,
      orgUnitName: r.name,
      type: r.type,
      typeLabel: r.label,
      count: Number(r.n),
      lastAt: String(r.last_at),
    })),
  };
}

/** Every type's code, in the order the register lists them (disabled ones too: old records keep theirs). */
export async function typeCodes(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom("counter_exception_types").select("code").orderBy("sort_order").execute();
  return rows.map((r) => r.code);
}
