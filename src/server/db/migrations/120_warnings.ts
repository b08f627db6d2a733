import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/**
 * Early warnings (预警): one row per episode of a rule's condition, the sources that push outside figures
 * (a queue-ticket system, the core system's withdrawals) with their token's hash, and the figures they push.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable("warnings")
    .addColumn("id", t.id, id)
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("rule", "text", (c) => c.notNull())
    .addColumn("subject_key", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("facts_json", "text", (c) => c.notNull())
    .addColumn("opened_at", t.timestamp, (c) => c.notNull())
    .addColumn("last_seen_at", t.timestamp, (c) => c.notNull())
    .addColumn("ended_at", t.timestamp)
    .addColumn("acknowledged_by", "integer", (c) => c.references("users.id"))
    .addColumn("acknowledged_at", t.timestamp)
    .addColumn("lifted_by", "integer", (c) => c.references("users.id"))
    .addColumn("lifted_at", t.timestamp)
    .addColumn("lift_reason", "text")
    .execute();
  // Each tick reads the episodes still going on; at most one per rule and subject.
  await db.schema
    .createIndex("warnings_episode_idx")
    .unique()
    .on("warnings")
    .columns(["rule", "subject_key"])
    .where(sql.ref("ended_at"), "is", null)
    .execute();
  // The open warnings of a unit (boards, lists): few, against a history that only grows.
  await db.schema
    .createIndex("warnings_open_unit_idx")
    .on("warnings")
    .columns(["org_unit_id", "id"])
    .where(sql.ref("status"), "<>", "lifted")
    .execute();
  await db.schema.createIndex("warnings_unit_idx").on("warnings").columns(["org_unit_id", "id"]).execute();

  await db.schema
    .createTable("warning_sources")
    .addColumn("id", t.id, id)
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("revoked_at", t.timestamp)
    .execute();

  await db.schema
    .createTable("warning_signals")
    .addColumn("id", t.id, id)
    .addColumn("source_id", "integer", (c) => c.notNull().references("warning_sources.id"))
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    // Eight bytes on both engines: a day's withdrawals in yuan outgrow a four-byte float's digits.
    .addColumn("value", isPostgres(db) ? "double precision" : "real", (c) => c.notNull())
    .addColumn("at", t.timestamp, (c) => c.notNull())
    .addColumn("received_at", t.timestamp, (c) => c.notNull())
    .execute();
  // A tick reads the recent figures of each kind; a unit's history of one kind for its usual level.
  await db.schema
    .createIndex("warning_signals_kind_at_idx")
    .on("warning_signals")
    .columns(["kind", "at"])
    .execute();

  // The pattern rule reads the last 30 days of counter exceptions, whatever their unit.
  await db.schema
    .createIndex("counter_exceptions_reported_idx")
    .on("counter_exceptions")
    .columns(["reported_at", "org_unit_id", "type"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("counter_exceptions_reported_idx").execute();
  await db.schema.dropTable("warning_signals").execute();
  await db.schema.dropTable("warning_sources").execute();
  await db.schema.dropTable("warnings").execute();
}
