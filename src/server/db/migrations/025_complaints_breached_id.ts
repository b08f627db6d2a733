import { type Kysely, sql } from "kysely";

/**
 * A complaint list filtered to breached ones walks the first partial index newest first: only the complaints
 * the breach job flagged (2–3% of them), so a branch finds its page after a few hundred entries instead of
 * walking the table. The second finds the open ones past due that the job has not flagged yet — normally none
 * — without reading every open complaint, which PostgreSQL chose to read through (status, id) for it
 * (bench/README.md, "Figures once kept in code comments").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("complaints_breached_id_idx")
    .ifNotExists()
    .on("complaints")
    .column("id")
    .where(sql.ref("breached_at"), "is not", null)
    .execute();
  await db.schema
    .createIndex("complaints_unflagged_due_idx")
    .ifNotExists()
    .on("complaints")
    .column("decision_due_at")
    .where((eb) =>
      eb.and([eb(sql.ref("status"), "=", sql.lit("open")), eb(sql.ref("breached_at"), "is", null)]),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("complaints_unflagged_due_idx").ifExists().execute();
  await db.schema.dropIndex("complaints_breached_id_idx").ifExists().execute();
}
