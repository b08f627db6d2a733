import type { ColumnDefinitionBuilder, Kysely } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/**
 * 改进措施: what an incident review or a complaint's closing decided to change, who owns it and by when.
 * `org_unit_id` is the unit of the record it came from, so that a sub-branch sees its outlets' actions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();
  await db.schema
    .createTable("improvement_actions")
    .addColumn("id", t.id, id)
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("source_kind", "text", (c) => c.notNull())
    .addColumn("source_id", "integer", (c) => c.notNull())
    .addColumn("source_ref", "text", (c) => c.notNull())
    .addColumn("area", "text", (c) => c.notNull())
    .addColumn("what", "text", (c) => c.notNull())
    .addColumn("owner_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("outcome", "text")
    .addColumn("created_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("done_by", "integer", (c) => c.references("users.id"))
    .addColumn("done_at", t.timestamp)
    .execute();
  await db.schema
    .createIndex("improvement_actions_owner_idx")
    .on("improvement_actions")
    .columns(["owner_id", "status", "id"])
    .execute();
  await db.schema
    .createIndex("improvement_actions_unit_idx")
    .on("improvement_actions")
    .columns(["org_unit_id", "id"])
    .execute();
  await db.schema
    .createIndex("improvement_actions_source_idx")
    .on("improvement_actions")
    .columns(["source_kind", "source_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("improvement_actions").execute();
}
