import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect.ts";

/**
 * A token that names the present content of the category table and the calendar days, new after every change
 * to either, set by triggers so that every writer (the settings pages, the CLI, a migration, SQL by hand) moves
 * it. A complaint's detail and a registration read the token with their row and those tables only when the
 * token differs from the one the server holds them for (complaints/tables-cache.ts). The token is random, not
 * a counter: a copy of a database starts with the same token and the same content, and never makes one that
 * another database has.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("complaint_tables_token")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("token", "text", (c) => c.notNull())
    .execute();
  const tables = ["complaint_categories", "calendar_days"];
  if (isPostgres(db)) {
    await sql`INSERT INTO complaint_tables_token (id, token) VALUES (1, gen_random_uuid()::text)`.execute(db);
    await sql`CREATE FUNCTION complaint_tables_token_renew() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE complaint_tables_token SET token = gen_random_uuid()::text;
        RETURN NULL;
      END $$`.execute(db);
    for (const table of tables) {
      await sql`CREATE TRIGGER ${sql.raw(`${table}_token`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON ${sql.table(table)} FOR EACH STATEMENT EXECUTE FUNCTION complaint_tables_token_renew()`.execute(
        db,
      );
    }
  } else {
    await sql`INSERT INTO complaint_tables_token (id, token) VALUES (1, lower(hex(randomblob(16))))`.execute(
      db,
    );
    for (const table of tables) {
      for (const event of ["INSERT", "UPDATE", "DELETE"]) {
        await sql`CREATE TRIGGER ${sql.raw(`${table}_token_${event.toLowerCase()}`)} AFTER ${sql.raw(event)}
          ON ${sql.table(table)} BEGIN
            UPDATE complaint_tables_token SET token = lower(hex(randomblob(16)));
          END`.execute(db);
      }
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["complaint_categories", "calendar_days"]) {
    if (isPostgres(db)) {
      await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${table}_token`)} ON ${sql.table(table)}`.execute(db);
    } else {
      for (const event of ["insert", "update", "delete"]) {
        await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${table}_token_${event}`)}`.execute(db);
      }
    }
  }
  if (isPostgres(db)) await sql`DROP FUNCTION IF EXISTS complaint_tables_token_renew()`.execute(db);
  await db.schema.dropTable("complaint_tables_token").ifExists().execute();
}
