import type { ColumnDefinitionBuilder, Kysely } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/**
 * 话术练习记录: each practice reply with the feedback it got, and the version (a hash of the content) of the
 * scenario it answered, so that a coach reads an old attempt against what the person was shown.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();
  await db.schema
    .createTable("practice_attempts")
    .addColumn("id", t.id, id)
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("scenario_id", "text", (c) => c.notNull())
    .addColumn("scenario_version", "text", (c) => c.notNull())
    .addColumn("reply", "text", (c) => c.notNull())
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("verdict", "text", (c) => c.notNull())
    .addColumn("feedback_json", "text", (c) => c.notNull())
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  // One's own attempts, newest first; a coach's list of the attempts made at the units below them.
  await db.schema
    .createIndex("practice_attempts_user_idx")
    .on("practice_attempts")
    .columns(["user_id", "id"])
    .execute();
  await db.schema
    .createIndex("practice_attempts_unit_idx")
    .on("practice_attempts")
    .columns(["org_unit_id", "id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("practice_attempts").execute();
}
