import type { Kysely } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/** Files uploaded to a training session (slides, handouts, photos of the board), kept in the database. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const t = columnTypes(db);
  await db.schema
    .createTable("training_session_files")
    .addColumn("id", t.id, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("session_id", "integer", (c) => c.notNull().references("training_sessions.id"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("mime", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("data", pg ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("uploaded_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("training_session_files_session_idx")
    .on("training_session_files")
    .column("session_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("training_session_files").execute();
}
