import type { ColumnDefinitionBuilder, Kysely } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/**
 * 奖惩: rewards and accountability decided by a manager, each tied to a person and, where there is one, to the
 * incident or complaint behind it. 知己: each person's latest DISC self-test, private unless they share it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();
  await db.schema
    .createTable("accountability_records")
    .addColumn("id", t.id, id)
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("measure", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("source_ref", "text")
    .addColumn("amount", "real")
    .addColumn("decided_on", "text", (c) => c.notNull())
    .addColumn("decided_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("accountability_records_user_idx")
    .on("accountability_records")
    .columns(["user_id", "decided_on"])
    .execute();
  await db.schema
    .createIndex("accountability_records_unit_idx")
    .on("accountability_records")
    .columns(["org_unit_id", "id"])
    .execute();

  await db.schema
    .createTable("disc_results")
    .addColumn("user_id", "integer", (c) => c.primaryKey().references("users.id"))
    .addColumn("answers_json", "text", (c) => c.notNull())
    .addColumn("scores_json", "text", (c) => c.notNull())
    .addColumn("style", "text", (c) => c.notNull())
    .addColumn("shared", "integer", (c) => c.notNull())
    .addColumn("taken_at", t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("disc_results").execute();
  await db.schema.dropTable("accountability_records").execute();
}
