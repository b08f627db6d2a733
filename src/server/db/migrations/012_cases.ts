import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/**
 * 案例库: the case library. `search_text` holds title, story, lessons and tags cut into words by jieba and
 * joined by spaces, so that both engines' plain word tokenisers index Chinese words: an FTS5 table kept in
 * step by triggers on SQLite, a generated tsvector('simple') with a GIN index on PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const pg = isPostgres(db);
  const id = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable("cases")
    .addColumn("id", t.id, id)
    .addColumn("ref", "text", (c) => c.notNull().unique())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("occurred_on", "text", (c) => c.notNull())
    .addColumn("story", "text", (c) => c.notNull())
    .addColumn("lessons", "text", (c) => c.notNull())
    .addColumn("tags", "text", (c) => c.notNull())
    .addColumn("source_kind", "text", (c) => c.notNull())
    .addColumn("source_ref", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("search_text", "text", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .addColumn("published_by", "integer", (c) => c.references("users.id"))
    .addColumn("published_at", t.timestamp)
    .execute();
  await db.schema.createIndex("cases_org_idx").on("cases").columns(["org_unit_id", "id"]).execute();
  await db.schema
    .createIndex("cases_published_idx")
    .on("cases")
    .columns(["status", "occurred_on", "id"])
    .execute();

  if (pg) {
    await sql`ALTER TABLE cases ADD COLUMN search_tsv tsvector
      GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED`.execute(db);
    await sql`CREATE INDEX cases_search_idx ON cases USING GIN (search_tsv)`.execute(db);
  } else {
    await sql`CREATE VIRTUAL TABLE cases_fts USING fts5(search_text, content='cases', content_rowid='id')`.execute(
      db,
    );
    await sql`CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
      INSERT INTO cases_fts(rowid, search_text) VALUES (new.id, new.search_text); END`.execute(db);
    await sql`CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
      INSERT INTO cases_fts(cases_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END`.execute(
      db,
    );
    await sql`CREATE TRIGGER cases_fts_update AFTER UPDATE OF search_text ON cases BEGIN
      INSERT INTO cases_fts(cases_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
      INSERT INTO cases_fts(rowid, search_text) VALUES (new.id, new.search_text); END`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error("The case library migration cannot be reverted");
}
