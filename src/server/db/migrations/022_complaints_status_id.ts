import type { Kysely } from "kysely";

/**
 * A complaint list filtered by status, newest first, at a head office or branch: with only (status, due) to
 * go by, SQLite took every closed complaint and sorted them (the status being a bound parameter it cannot
 * weigh); (status, id) gives the page in order and stops after it (bench/README.md, "What changed since the
 * first figures").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("complaints_status_id_idx")
    .ifNotExists()
    .on("complaints")
    .columns(["status", "id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("complaints_status_id_idx").ifExists().execute();
}
