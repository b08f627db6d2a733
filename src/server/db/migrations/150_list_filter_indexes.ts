import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect.ts";

/**
 * Every filter a list offers, as an index that leads with it: (unit, filter, id) for the per-unit walks of a
 * small subtree (org/subtree.ts armsBy) and (filter, id) for the one walk of a large one. A page filtered by
 * one category then reads only that category's rows, newest first. Through (unit, id) or the primary key it
 * read every newer row of the other categories and kept the matching ones: after some 50,000 newer complaints
 * of other categories, "one category over 90 days" fell from about 1,900 to 83–125 req/s (issue 22). The
 * complaints' status and handler, and the exceptions' reporter, had such indexes already (022, 027, 004, 005).
 */
const INDEXES: [table: string, column: string, short: string][] = [
  ["complaints", "grade", "grade"],
  ["complaints", "channel_code", "channel"],
  ["complaints", "business_category_code", "business"],
  ["complaints", "cause_code", "cause"],
  ["incidents", "status", "status"],
  ["incidents", "category", "category"],
  ["incidents", "severity", "severity"],
  ["incidents", "drill", "drill"],
  ["counter_exceptions", "type", "type"],
  ["counter_exceptions", "status", "status"],
];

const names = ([table, , short]: (typeof INDEXES)[number]) => [
  `${table}_org_${short}_id_idx`,
  `${table}_${short}_id_idx`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const entry of INDEXES) {
    const [table, column] = entry;
    const [perUnit, whole] = names(entry);
    await db.schema
      .createIndex(perUnit)
      .ifNotExists()
      .on(table)
      .columns(["org_unit_id", column, "id"])
      .execute();
    await db.schema.createIndex(whole).ifNotExists().on(table).columns([column, "id"]).execute();
  }
  if (!isPostgres(db) && (await analysed(db))) {
    // As in 027: an analysed SQLite database without statistics for new indexes may prefer them blindly.
    for (const entry of INDEXES)
      for (const name of names(entry)) await sql`ANALYZE ${sql.id(name)}`.execute(db);
    // Without the samples that ANALYZE also took (see db/planner-stats.ts).
    await sql`DELETE FROM sqlite_stat4`.execute(db);
    await sql`ANALYZE sqlite_schema`.execute(db);
  }
}

async function analysed(db: Kysely<unknown>) {
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'sqlite_stat1'`.execute(db);
  return Boolean(rows[0]?.n);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const entry of INDEXES)
    for (const name of names(entry)) await db.schema.dropIndex(name).ifExists().execute();
}
