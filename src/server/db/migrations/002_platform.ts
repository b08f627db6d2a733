import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/** The deadline scheduler's queue, the in-app inbox and administrator settings, shared by every feature. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable("due_items")
    .addColumn("id", t.id, id)
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject_id", "integer", (c) => c.notNull())
    .addColumn("due_at", t.timestamp, (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  // Pending items only ever live in this table (fired ones are deleted), so the tick's scan is its size.
  await db.schema.createIndex("due_items_due_idx").on("due_items").column("due_at").execute();
  await db.schema
    .createIndex("due_items_subject_idx")
    .on("due_items")
    .columns(["kind", "subject_id"])
    .execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", t.id, id)
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("message_key", "text", (c) => c.notNull())
    .addColumn("params_json", "text", (c) => c.notNull())
    .addColumn("link", "text")
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("read_at", t.timestamp)
    .execute();
  await db.schema
    .createIndex("notifications_user_idx")
    .on("notifications")
    .columns(["user_id", "id"])
    .execute();
  await sql`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`.execute(
    db,
  );

  await db.schema
    .createTable("settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value_json", "text", (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error("The platform migration cannot be reverted");
}
