// biome-ignore-all lint/suspicious/noExplicitAny: a migration sees the schema of its own time, not Database.
import { type Kysely, sql, type Transaction } from "kysely";
import type { Migration } from "kysely/migration";
import { localMonthOf, monthStart, nextMonth } from "../../../domain/complaints/figures.ts";
import { pathIds } from "../../../domain/org/units.ts";
import { columnTypes, isPostgres } from "../dialect.ts";
import type { MigrationSettings } from "./settings.ts";

/**
 * The complaint statistics rollup (src/server/complaints/figures/rollup.ts): a head office's dashboard over three
 * years read from a few thousand sums instead of a million rows (bench/README.md), filled here from the
 * complaints already stored. Months are local to the configured time zone, passed in by index.ts.
 */
export const migration = ({ timeZone }: MigrationSettings): Migration => ({
  up: (db) => up(db, timeZone),
  down,
});

async function up(db: Kysely<unknown>, timeZone: string): Promise<void> {
  // SQLite keeps these rows in primary-key order: a unit's rows are one contiguous range.
  const clustered = (q: { modifyEnd(s: ReturnType<typeof sql>): unknown }) =>
    isPostgres(db) ? q : q.modifyEnd(sql`WITHOUT ROWID`);
  const figures = db.schema
    .createTable("complaint_figures")
    .addColumn("unit_id", "integer", (c) => c.notNull())
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("axis", "text", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("n", "integer", (c) => c.notNull())
    .addColumn("open", "integer", (c) => c.notNull())
    .addColumn("decided", "integer", (c) => c.notNull())
    .addColumn("on_time", "integer", (c) => c.notNull())
    .addColumn("breached", "integer", (c) => c.notNull())
    .addColumn("handling_ms", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("complaint_figures_pk", ["unit_id", "month", "axis", "code"]);
  await (clustered(figures) as typeof figures).execute();
  const counts = db.schema
    .createTable("complainant_counts")
    .addColumn("unit_id", "integer", (c) => c.notNull())
    .addColumn("complainant_key", "text", (c) => c.notNull())
    .addColumn("n", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("complainant_counts_pk", ["unit_id", "complainant_key"]);
  await (clustered(counts) as typeof counts).execute();
  // Repeat complainants of a unit: the keys counted twice or more, read from this index alone.
  await db.schema
    .createIndex("complainant_counts_repeat_idx")
    .on("complainant_counts")
    .columns(["unit_id", "n"])
    .execute();
  await rebuildFigures(db, timeZone);
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("complainant_counts").ifExists().execute();
  await db.schema.dropTable("complaint_figures").ifExists().execute();
}

/**
 * The rollup filled from the complaints, as the live rebuild (complaints/figures/rebuild.ts) did when this
 * migration landed; a frozen copy, so later changes to the live rebuild (which follows the current schema)
 * cannot change what this migration does. SQLite has no time zones, so local months come from a small table
 * of month starts computed here, looked up per complaint by index; the units a complaint adds to come from
 * a table of (unit, ancestor) pairs.
 */
async function rebuildFigures(db: Kysely<any>, timeZone: string): Promise<void> {
  if (db.isTransaction) return rebuild(db as Transaction<any>, timeZone);
  return db.transaction().execute((trx) => rebuild(trx, timeZone));
}

async function rebuild(trx: Transaction<any>, timeZone: string) {
  await trx.deleteFrom("complaint_figures").execute();
  await trx.deleteFrom("complainant_counts").execute();
  const span = await trx
    .selectFrom("complaints")
    .select([sql<string>`min(received_at)`.as("first"), sql<string>`max(received_at)`.as("last")])
    .where("kind", "=", "complaint")
    .executeTakeFirst();
  if (!span?.first) return;
  const pg = isPostgres(trx);
  const t = columnTypes(trx);

  await sql`DROP TABLE IF EXISTS figure_months`.execute(trx);
  await sql`DROP TABLE IF EXISTS figure_units`.execute(trx);
  await trx.schema
    .createTable("figure_months")
    .temporary()
    .addColumn("start_at", t.timestamp, (c) => c.primaryKey())
    .addColumn("month", "text", (c) => c.notNull())
    .execute();
  await trx.schema
    .createTable("figure_units")
    .temporary()
    .addColumn("unit_id", "integer", (c) => c.notNull())
    .addColumn("ancestor_id", "integer", (c) => c.notNull())
    // The root counts complainants for the whole bank but keeps figures only for its own complaints.
    .addColumn("figures", "integer", (c) => c.notNull())
    .execute();

  const months = [];
  const last = localMonthOf(new Date(span.last).toISOString(), timeZone);
  for (let m = localMonthOf(new Date(span.first).toISOString(), timeZone); m <= last; m = nextMonth(m)) {
    months.push({ start_at: monthStart(m, timeZone).toISOString(), month: m });
  }
  await trx.insertInto("figure_months").values(months).execute();
  const units = await trx.selectFrom("org_units").select(["id", "path"]).execute();
  const pairs = units.flatMap((u: { id: number; path: string }) => {
    const ids = pathIds(u.path);
    return ids.map((a, i) => ({ unit_id: u.id, ancestor_id: a, figures: i > 0 || ids.length === 1 ? 1 : 0 }));
  });
  for (let i = 0; i < pairs.length; i += 1000) {
    await trx
      .insertInto("figure_units")
      .values(pairs.slice(i, i + 1000))
      .execute();
  }
  await sql`CREATE INDEX figure_units_unit_idx ON figure_units (unit_id, ancestor_id)`.execute(trx);

  const month = sql`(SELECT m.month FROM figure_months m WHERE m.start_at <= c.received_at ORDER BY m.start_at DESC LIMIT 1)`;
  const handlingMs = pg
    ? sql`round(extract(epoch from (c.decided_at - c.received_at)) * 1000)`
    : sql`round((julianday(c.decided_at) - julianday(c.received_at)) * 86400000)`;
  const axes = {
    channel: sql`c.channel_code`,
    business: sql`c.business_category_code`,
    cause: sql`c.cause_code`,
    grade: sql`c.grade`,
    outlet: pg ? sql`c.org_unit_id::text` : sql`cast(c.org_unit_id as text)`,
  };
  for (const [axis, code] of Object.entries(axes)) {
    await sql`INSERT INTO complaint_figures (unit_id, month, axis, code, n, open, decided, on_time, breached, handling_ms)
      SELECT u.ancestor_id, ${month}, cast(${axis} as text), ${code}, count(*),
        sum(case when c.status = 'open' then 1 else 0 end),
        sum(case when c.decided_at is not null then 1 else 0 end),
        sum(case when c.decided_at is not null and c.breached_at is null
          and (c.decision_due_at is null or c.decided_at <= c.decision_due_at) then 1 else 0 end),
        sum(case when c.breached_at is not null then 1
          when c.decided_at is not null and c.decision_due_at is not null and c.decided_at > c.decision_due_at
          then 1 else 0 end),
        sum(case when c.decided_at is not null then ${handlingMs} else 0 end)
      FROM complaints c JOIN figure_units u ON u.unit_id = c.org_unit_id AND u.figures = 1
      WHERE c.kind = 'complaint'
      GROUP BY 1, 2, 4`.execute(trx);
  }
  await sql`INSERT INTO complainant_counts (unit_id, complainant_key, n)
    SELECT u.ancestor_id, c.complainant_key, count(*)
    FROM complaints c JOIN figure_units u ON u.unit_id = c.org_unit_id
    WHERE c.kind = 'complaint'
    GROUP BY 1, 2`.execute(trx);
  await sql`DROP TABLE figure_months`.execute(trx);
  await sql`DROP TABLE figure_units`.execute(trx);
}
