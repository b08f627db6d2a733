import { type Kysely, sql } from "kysely";

/**
 * The index of open complaints past due that the breach job has not flagged yet (025) moves `status` from its
 * predicate into its columns. SQLite checks whether a query may use a partial index by comparing the query's
 * terms with the index's predicate, bound values included, and marks any statement with `status = ?` on
 * complaints for re-preparation each time it is bound: a full prepare on every repeat lookup and status
 * filter (bench/README.md, "SQLite statements prepared anew at every execution"). With `breached_at IS NULL`
 * alone as the predicate, nothing a query binds is compared with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("complaints_unflagged_due_idx").ifExists().execute();
  await db.schema
    .createIndex("complaints_unflagged_due_idx")
    .on("complaints")
    .columns(["status", "decision_due_at"])
    .where(sql.ref("breached_at"), "is", null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("complaints_unflagged_due_idx").execute();
  await db.schema
    .createIndex("complaints_unflagged_due_idx")
    .on("complaints")
    .column("decision_due_at")
    .where((eb) =>
      eb.and([eb(sql.ref("status"), "=", sql.lit("open")), eb(sql.ref("breached_at"), "is", null)]),
    )
    .execute();
}
