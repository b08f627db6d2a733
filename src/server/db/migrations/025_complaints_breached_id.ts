import { type Kysely, sql } from "kysely";

/**
 * A complaint list filtered to breached ones walks this partial index newest first: only the complaints the
 * breach job flagged (2–3% of them), so a branch finds its page after a few hundred entries instead of walking
 * the table (20–28 ms at a million complaints, bench/README.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("complaints_breached_id_idx")
    .ifNotExists()
    .on("complaints")
    .column("id")
    .where(sql.ref("breached_at"), "is not", null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("complaints_breached_id_idx").ifExists().execute();
}
