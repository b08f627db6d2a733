import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect.ts";

/**
 * Tokens that name the present content of tables the server holds derived values of, each new after every
 * change to one of its tables, set by triggers so that every writer (the settings pages, the CLI, a
 * migration, SQL by hand) moves it: `complaint_tables` for the category table and the calendar days, which a
 * complaint's detail and a registration read with their row only when the token is not the one the server
 * holds them for (complaints/tables-cache.ts); `watch_list` for the units and the watch rules, compiled into
 * the matcher every public-opinion mention runs through (opinion/monitoring/watch-list.ts). A token is random,
 * not a counter: a copy of a database starts with the same token and the same content, and never makes one
 * that another database has.
 */
const WATCHED: Record<string, string[]> = {
  complaint_tables: ["complaint_categories", "calendar_days"],
  watch_list: ["org_units", "opinion_watch_rules"],
};
const EVENTS = ["INSERT", "UPDATE", "DELETE"];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("change_tokens")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("token", "text", (c) => c.notNull())
    .execute();
  const postgres = isPostgres(db);
  const fresh = postgres ? sql`gen_random_uuid()::text` : sql`lower(hex(randomblob(16)))`;
  if (postgres) {
    await sql`CREATE FUNCTION change_token_renew() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE change_tokens SET token = gen_random_uuid()::text WHERE name = TG_ARGV[0];
        RETURN NULL;
      END $$`.execute(db);
  }
  for (const [name, tables] of Object.entries(WATCHED)) {
    await sql`INSERT INTO change_tokens (name, token) VALUES (${name}, ${fresh})`.execute(db);
    for (const table of tables) {
      if (postgres) {
        await sql`CREATE TRIGGER ${sql.raw(`${table}_${name}`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
          ON ${sql.table(table)} FOR EACH STATEMENT EXECUTE FUNCTION change_token_renew(${sql.lit(name)})`.execute(
          db,
        );
        continue;
      }
      for (const event of EVENTS) {
        await sql`CREATE TRIGGER ${sql.raw(`${table}_${name}_${event.toLowerCase()}`)} AFTER ${sql.raw(event)}
          ON ${sql.table(table)} BEGIN
            UPDATE change_tokens SET token = lower(hex(randomblob(16))) WHERE name = ${sql.lit(name)};
          END`.execute(db);
      }
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = isPostgres(db);
  for (const [name, tables] of Object.entries(WATCHED)) {
    for (const table of tables) {
      if (postgres) {
        await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${table}_${name}`)} ON ${sql.table(table)}`.execute(db);
        continue;
      }
      for (const event of EVENTS) {
        await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${table}_${name}_${event.toLowerCase()}`)}`.execute(db);
      }
    }
  }
  if (postgres) await sql`DROP FUNCTION IF EXISTS change_token_renew()`.execute(db);
  await db.schema.dropTable("change_tokens").ifExists().execute();
}
