import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/** Org tree, users, sessions, the hash-chained audit log and reference-number counters. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const pg = isPostgres(db);
  const id = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable("org_units")
    .addColumn("id", t.id, id)
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("parent_id", "integer", (c) => c.references("org_units.id"))
    .addColumn("path", "text", (c) => c.notNull().unique())
    .addColumn("duty_phone", "text")
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("org_units_parent_idx").on("org_units").column("parent_id").execute();

  await db.schema
    .createTable("users")
    .addColumn("id", t.id, id)
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("failed_logins", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_until", t.timestamp)
    .addColumn("disabled_at", t.timestamp)
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("users_org_unit_idx").on("users").columns(["org_unit_id", "id"]).execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("last_seen_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();
  await db.schema.createIndex("sessions_last_seen_idx").on("sessions").column("last_seen_at").execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", t.id, id)
    .addColumn("at", t.timestamp, (c) => c.notNull())
    .addColumn("actor_id", "integer")
    .addColumn("actor_username", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("entity_id", "text")
    .addColumn("org_unit_id", "integer")
    .addColumn("org_path", "text")
    .addColumn("before_json", "text")
    .addColumn("after_json", "text")
    .addColumn("ip", "text")
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("audit_log_action_idx").on("audit_log").columns(["action", "id"]).execute();
  await db.schema
    .createIndex("audit_log_actor_idx")
    .on("audit_log")
    .columns(["actor_username", "id"])
    .execute();
  await db.schema
    .createIndex("audit_log_entity_idx")
    .on("audit_log")
    .columns(["entity_type", "entity_id", "id"])
    .execute();
  await db.schema.createIndex("audit_log_org_path_idx").on("audit_log").columns(["org_path", "id"]).execute();
  await db.schema.createIndex("audit_log_at_idx").on("audit_log").column("at").execute();

  await db.schema
    .createTable("audit_head")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("last_id", "integer", (c) => c.notNull())
    .addColumn("last_hash", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("ref_counters")
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("last", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("ref_counters_pk", ["prefix", "day"])
    .execute();

  // The application only ever appends to the audit log; the database refuses anything else, so a slip in
  // our own code cannot rewrite history. Deliberate tampering (dropping the trigger first) is what the
  // hash chain and `audit verify` are for.
  if (pg) {
    await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error("The foundation migration cannot be reverted");
}
