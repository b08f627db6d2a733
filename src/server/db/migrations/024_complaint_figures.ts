import { type Kysely, sql } from "kysely";
import { rebuildFigures } from "../../complaints/figures-rebuild.ts";
import { isPostgres } from "../dialect.ts";

/**
 * The complaint statistics rollup (src/server/complaints/figures.ts): a head office's dashboard over three
 * years read from a few thousand sums instead of a million rows (bench/README.md), filled here from the
 * complaints already stored. Months are local to BULWARK_TIME_ZONE, read as src/server/config.ts reads it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
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
  await rebuildFigures(db, process.env.BULWARK_TIME_ZONE || "Asia/Shanghai");
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("complainant_counts").ifExists().execute();
  await db.schema.dropTable("complaint_figures").ifExists().execute();
}
