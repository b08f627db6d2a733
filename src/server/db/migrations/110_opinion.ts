import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/** The risk words of issue #19, bank-wide, as they were when this migration landed. */
const DEFAULT_RISK_WORDS = ["挤兑", "跑路", "倒闭", "取不出钱", "暴力催收", "爆雷", "卷款"];

/**
 * Public opinion (舆情): events with their registers (statements, media contacts, rumours, notes), and the
 * monitoring that finds them: watch rules, sources (feeds and ingest tokens), mentions and candidates.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable("opinion_events")
    .addColumn("id", t.id, id)
    .addColumn("ref", "text", (c) => c.notNull().unique())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("drill", "integer", (c) => c.notNull())
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("author", "text")
    .addColumn("first_seen_at", t.timestamp, (c) => c.notNull())
    .addColumn("sentiment", "text", (c) => c.notNull())
    .addColumn("topics_json", "text", (c) => c.notNull())
    .addColumn("views", "integer", (c) => c.notNull())
    .addColumn("shares", "integer", (c) => c.notNull())
    .addColumn("comments", "integer", (c) => c.notNull())
    .addColumn("likes", "integer", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("level_reasons_json", "text", (c) => c.notNull())
    .addColumn("level_override_reason", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("spokesperson_id", "integer", (c) => c.references("users.id"))
    .addColumn("verify_due_at", t.timestamp, (c) => c.notNull())
    .addColumn("report_due_at", t.timestamp, (c) => c.notNull())
    .addColumn("verified_at", t.timestamp)
    .addColumn("reported_to_branch_at", t.timestamp)
    .addColumn("verify_escalations", "integer", (c) => c.notNull())
    .addColumn("report_escalations", "integer", (c) => c.notNull())
    .addColumn("review_text", "text")
    .addColumn("closed_at", t.timestamp)
    .addColumn("created_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("opinion_events_unit_idx")
    .on("opinion_events")
    .columns(["org_unit_id", "id"])
    .execute();

  // Units concerned besides the owner: their staff see the event and their heads are told.
  await db.schema
    .createTable("opinion_event_units")
    .addColumn("event_id", "integer", (c) => c.notNull().references("opinion_events.id"))
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addPrimaryKeyConstraint("opinion_event_units_pk", ["event_id", "org_unit_id"])
    .execute();
  await db.schema
    .createIndex("opinion_event_units_unit_idx")
    .on("opinion_event_units")
    .columns(["org_unit_id", "event_id"])
    .execute();

  // Complaints, incidents and counter exceptions by reference; the ref index serves the other side's lookup.
  await db.schema
    .createTable("opinion_event_links")
    .addColumn("event_id", "integer", (c) => c.notNull().references("opinion_events.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ref", "text", (c) => c.notNull())
    .addColumn("linked_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("linked_at", t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint("opinion_event_links_pk", ["event_id", "ref"])
    .execute();
  await db.schema
    .createIndex("opinion_event_links_ref_idx")
    .on("opinion_event_links")
    .column("ref")
    .execute();

  // The timeline, which is also the registers: media contacts, rumours, risk notes, publicity, reach.
  await db.schema
    .createTable("opinion_event_entries")
    .addColumn("id", t.id, id)
    .addColumn("event_id", "integer", (c) => c.notNull().references("opinion_events.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "integer", (c) => c.references("users.id"))
    .addColumn("at", t.timestamp, (c) => c.notNull())
    .addColumn("data_json", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("opinion_event_entries_event_idx")
    .on("opinion_event_entries")
    .columns(["event_id", "id"])
    .execute();

  await db.schema
    .createTable("opinion_screenshots")
    .addColumn("id", t.id, id)
    .addColumn("event_id", "integer", (c) => c.notNull().references("opinion_events.id"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("mime", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("data", isPostgres(db) ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("uploaded_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("opinion_screenshots_event_idx")
    .on("opinion_screenshots")
    .column("event_id")
    .execute();

  await db.schema
    .createTable("opinion_statements")
    .addColumn("id", t.id, id)
    .addColumn("event_id", "integer", (c) => c.notNull().references("opinion_events.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("drafted_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("drafted_at", t.timestamp, (c) => c.notNull())
    .addColumn("approved_by", "integer", (c) => c.references("users.id"))
    .addColumn("approved_at", t.timestamp)
    .addColumn("published_by", "integer", (c) => c.references("users.id"))
    .addColumn("published_at", t.timestamp)
    .addColumn("published_where", "text")
    .addUniqueConstraint("opinion_statements_version_unique", ["event_id", "version"])
    .execute();

  // Bank-wide rules have no unit; a branch's own rules name the unit they watch for.
  await db.schema
    .createTable("opinion_watch_rules")
    .addColumn("id", t.id, id)
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("phrase", "text", (c) => c.notNull())
    .addColumn("org_unit_id", "integer", (c) => c.references("org_units.id"))
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("disabled_at", t.timestamp)
    .execute();
  const now = new Date().toISOString();
  // biome-ignore lint/suspicious/noExplicitAny: migrations run on an untyped Kysely
  await (db as Kysely<any>)
    .insertInto("opinion_watch_rules")
    .values(DEFAULT_RISK_WORDS.map((phrase) => ({ kind: "risk_word", phrase, created_at: now })))
    .execute();

  await db.schema
    .createTable("opinion_sources")
    .addColumn("id", t.id, id)
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("token_hash", "text")
    .addColumn("interval_minutes", "integer", (c) => c.notNull())
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .addColumn("last_polled_at", t.timestamp)
    .addColumn("last_ok_at", t.timestamp)
    .addColumn("last_error", "text")
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("next_poll_at", t.timestamp)
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("revoked_at", t.timestamp)
    .execute();
  await db.schema
    .createIndex("opinion_sources_token_idx")
    .on("opinion_sources")
    .column("token_hash")
    .execute();

  await db.schema
    .createTable("opinion_candidates")
    .addColumn("id", t.id, id)
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("topic_key", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("mention_count", "integer", (c) => c.notNull())
    .addColumn("risk_words_json", "text", (c) => c.notNull())
    .addColumn("entities_json", "text", (c) => c.notNull())
    .addColumn("first_at", t.timestamp, (c) => c.notNull())
    .addColumn("last_at", t.timestamp, (c) => c.notNull())
    .addColumn("event_id", "integer", (c) => c.references("opinion_events.id"))
    .addColumn("decided_by", "integer", (c) => c.references("users.id"))
    .addColumn("decided_at", t.timestamp)
    .addColumn("dismiss_reason", "text")
    .execute();
  // One open candidate per unit, day and risk words: concurrent deliveries join it instead of doubling it.
  await sql`CREATE UNIQUE INDEX opinion_candidates_open_group ON opinion_candidates (org_unit_id, day, topic_key) WHERE status = 'open'`.execute(
    db,
  );
  await sql`CREATE INDEX opinion_candidates_open_idx ON opinion_candidates (org_unit_id, id) WHERE status = 'open'`.execute(
    db,
  );

  await db.schema
    .createTable("opinion_mentions")
    .addColumn("id", t.id, id)
    .addColumn("source_id", "integer", (c) => c.notNull().references("opinion_sources.id"))
    .addColumn("url", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("published_at", t.timestamp, (c) => c.notNull())
    .addColumn("received_at", t.timestamp, (c) => c.notNull())
    .addColumn("candidate_id", "integer", (c) => c.references("opinion_candidates.id"))
    .execute();
  await db.schema
    .createIndex("opinion_mentions_candidate_idx")
    .on("opinion_mentions")
    .columns(["candidate_id", "id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "opinion_mentions",
    "opinion_candidates",
    "opinion_sources",
    "opinion_watch_rules",
    "opinion_statements",
    "opinion_screenshots",
    "opinion_event_entries",
    "opinion_event_links",
    "opinion_event_units",
    "opinion_events",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
