import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import type { Axis, CategoryEntry } from "../../../domain/complaints/classification.ts";
import { categoryPath } from "../../../domain/complaints/classification.ts";
import type { Bucket } from "../../../domain/complaints/stats.ts";
import { isPostgres } from "../../db/dialect.ts";
import type { Database } from "../../db/schema.ts";

/** The filtered complaints a dashboard counts, scoped by their unit, nothing selected yet. */
// biome-ignore lint/complexity/noBannedTypes: Kysely's own type for "no column selected"
export type FiguresQuery = SelectQueryBuilder<Database, "complaints" | "org_units", {}>;

/**
 * The figures of src/domain/complaints/stats.ts (complaintStats), computed by the database instead of by
 * loading every row: a head office over three years is a million complaints, which neither fits the
 * latency budget nor the memory of one request. The CASE expressions below are the domain's onTime and
 * isBreached, word for word; src/server/query-plans.test.ts checks that both give the same figures.
 */
export async function aggregateStats(
  db: Kysely<Database>,
  base: FiguresQuery,
  cats: readonly CategoryEntry[],
  now: Date,
  timeZone: string,
) {
  const pg = isPostgres(db);
  const nowIso = now.toISOString();
  const decided = sql<number>`sum(case when complaints.decided_at is not null then 1 else 0 end)`;
  const onTime = sql<number>`sum(case when complaints.decided_at is not null and complaints.breached_at is null
    and (complaints.decision_due_at is null or complaints.decided_at <= complaints.decision_due_at) then 1 else 0 end)`;
  const breached = sql<number>`sum(case when complaints.breached_at is not null then 1
    when complaints.decided_at is not null and complaints.decision_due_at is not null
      then case when complaints.decided_at > complaints.decision_due_at then 1 else 0 end
    when complaints.status = 'open' and complaints.decision_due_at is not null
      and complaints.decision_due_at < ${nowIso} then 1 else 0 end)`;
  const handlingDaysSum = pg
    ? sql<number>`sum(extract(epoch from (complaints.decided_at - complaints.received_at)) / 86400)`
    : sql<number>`sum(julianday(complaints.decided_at) - julianday(complaints.received_at))`;
  // Months are local; SQLite has no time zones, so it groups by UTC hour and the hours are mapped here.
  const monthKey = pg
    ? sql<string>`to_char(complaints.received_at at time zone ${timeZone}, 'YYYY-MM')`
    : sql<string>`substr(complaints.received_at, 1, 13)`;

  const measures = <K extends string>(key: ReturnType<typeof sql<K>>) =>
    base
      .select([
        key.as("key"),
        sql<number>`count(*)`.as("n"),
        decided.as("decided"),
        onTime.as("on_time"),
        breached.as("breached"),
      ])
      .groupBy(sql.ref("key"))
      .execute();
  const col = (name: string) => sql<string>`${sql.ref(name)}`;

  // Four passes over the subtree, not eight: the three category axes and the grade have few codes, so one
  // GROUP BY over their combinations (tens of thousands at most) gives all four breakdowns and the totals.
  const [cube, repeats, byOutlet, byHour] = await Promise.all([
    base
      .select([
        sql<string>`complaints.channel_code`.as("channel"),
        sql<string>`complaints.business_category_code`.as("business"),
        sql<string>`complaints.cause_code`.as("cause"),
        sql<string>`complaints.grade`.as("grade"),
        sql<number>`count(*)`.as("n"),
        sql<number>`sum(case when complaints.status = 'open' then 1 else 0 end)`.as("open"),
        decided.as("decided"),
        onTime.as("on_time"),
        breached.as("breached"),
        handlingDaysSum.as("days"),
      ])
      .groupBy([sql.ref("channel"), sql.ref("business"), sql.ref("cause"), sql.ref("grade")])
      .execute(),
    countRepeats(db, base),
    measures(col("org_units.name")),
    measures(monthKey),
  ]);

  const label = (axis: Axis) => (code: string) => categoryPath(cats, axis, code).join(" / ") || code;
  type Counted = { n: number; decided: number; on_time: number; breached: number };
  const buckets = <R extends Counted>(
    rows: R[],
    keyOf: (r: R) => string,
    labelOf: (key: string) => string,
  ) => {
    const map = new Map<string, Bucket>();
    for (const r of rows) {
      const key = keyOf(r);
      const b = map.get(key) ?? { key, label: labelOf(key), count: 0, decided: 0, onTime: 0, breached: 0 };
      b.count += Number(r.n);
      b.decided += Number(r.decided);
      b.onTime += Number(r.on_time);
      b.breached += Number(r.breached);
      map.set(key, b);
    }
    return [...map.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  };
  const month = localMonthOfHour(timeZone);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const sum = (f: (r: (typeof cube)[number]) => unknown) => cube.reduce((n, r) => n + Number(f(r) ?? 0), 0);
  const decidedCount = sum((r) => r.decided);
  const same = (k: string) => k;
  return {
    total: sum((r) => r.n),
    open: sum((r) => r.open),
    decided: decidedCount,
    onTimeRate: decidedCount ? round1((sum((r) => r.on_time) / decidedCount) * 100) : null,
    breached: sum((r) => r.breached),
    averageHandlingDays: decidedCount ? round1(sum((r) => r.days) / decidedCount) : null,
    repeatComplainants: repeats,
    byChannel: buckets(cube, (r) => r.channel, label("channel")),
    byBusinessCategory: buckets(cube, (r) => r.business, label("business_category")),
    byCause: buckets(cube, (r) => r.cause, label("cause")),
    byOutlet: buckets(byOutlet, (r) => String(r.key), same),
    byGrade: buckets(cube, (r) => r.grade, same),
    byMonth: buckets(byHour, (r) => (pg ? String(r.key) : month(String(r.key))), same).sort((a, b) =>
      a.key.localeCompare(b.key),
    ),
  };
}

/** Complainants with more than one of the filtered complaints. */
export async function countRepeats(db: Kysely<Database>, base: FiguresQuery): Promise<number> {
  const r = await db
    .selectFrom(
      base
        // Grouped by an expression, not the column: SQLite would otherwise walk the whole complainant index
        // for its order instead of the scoped rows (bench/README.md, "What changed since the first figures").
        .select(sql<string>`complaints.complainant_key || ''`.as("person"))
        .groupBy(sql.ref("person"))
        .having(sql`count(*)`, ">", 1)
        .as("r"),
    )
    .select(sql<number>`count(*)`.as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * "2026-03-31T16" (a UTC hour) → "2026-04", the local month it falls in. Offsets stay under 15 hours, so
 * only hours within a day of a month's turn need the zone; the rest keep their UTC month.
 */
function localMonthOfHour(timeZone: string) {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" });
  return (hour: string) => {
    const day = Number(hour.slice(8, 10));
    if (day > 1 && day < 28) return hour.slice(0, 7);
    return format.format(new Date(`${hour}:00:00Z`)).slice(0, 7);
  };
}
