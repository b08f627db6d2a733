import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect.ts";

/**
 * A registration names the complainant's oldest open complaints of the same business as repeat candidates
 * (complaints/register.ts). Through (complainant, status) it read every open complaint of the person and sorted
 * them; this index hands over the first few in order, however many the person has.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("complaints_repeat_idx")
    .ifNotExists()
    .on("complaints")
    .columns(["complainant_key", "status", "business_category_code", "id"])
    .execute();
  if (!isPostgres(db) && (await analysed(db))) {
    // As in 027: an analysed SQLite database without statistics for a new index may prefer it blindly.
    await sql`ANALYZE complaints_repeat_idx`.execute(db);
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
  await db.schema.dropIndex("complaints_repeat_idx").ifExists().execute();
}
