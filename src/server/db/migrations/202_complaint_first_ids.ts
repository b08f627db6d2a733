import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect.ts";

/**
 * The smallest complaint id received on each UTC day, kept by a trigger so that every writer (registration,
 * a review request, the seeders) keeps it. A list filtered from a date bounds each of its walks by id with
 * it, where the date alone is only a filter: a walk of a rare category or a quiet unit went back through its
 * whole history, and PostgreSQL walked the whole bank's newer rows (bench/README.md, "The slow filter").
 * Received times are never changed after the insert, so the trigger watches inserts only; a deleted
 * complaint leaves a bound that is merely loose.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("complaint_first_ids")
    .addColumn("day", "text", (c) => c.primaryKey())
    .addColumn("first_id", "integer", (c) => c.notNull())
    .execute();
  if (isPostgres(db)) {
    // Once per statement, from its new rows: a bulk insert writes each day once. The rows whose day already
    // holds a smaller id, all but the first of a day, are skipped before the upsert would lock that day's row.
    await sql`CREATE FUNCTION complaint_first_ids_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO complaint_first_ids (day, first_id)
          SELECT n.day, n.first_id FROM (
            SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, min(id) AS first_id
            FROM new_rows GROUP BY 1
          ) n
          WHERE NOT EXISTS (SELECT 1 FROM complaint_first_ids f WHERE f.day = n.day AND f.first_id <= n.first_id)
        ON CONFLICT (day) DO UPDATE SET first_id = excluded.first_id
          WHERE complaint_first_ids.first_id > excluded.first_id;
        RETURN NULL;
      END $$`.execute(db);
    await sql`CREATE TRIGGER complaint_first_ids_keep AFTER INSERT ON complaints
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION complaint_first_ids_keep()`.execute(
      db,
    );
  } else {
    await sql`CREATE TRIGGER complaint_first_ids_keep AFTER INSERT ON complaints BEGIN
        INSERT INTO complaint_first_ids (day, first_id) VALUES (substr(NEW.received_at, 1, 10), NEW.id)
        ON CONFLICT (day) DO UPDATE SET first_id = excluded.first_id WHERE first_id > excluded.first_id;
      END`.execute(db);
  }
  const day = isPostgres(db)
    ? sql`to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`
    : sql`substr(received_at, 1, 10)`;
  await sql`INSERT INTO complaint_first_ids (day, first_id)
    SELECT ${day}, min(id) FROM complaints GROUP BY 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS complaint_first_ids_keep${sql.raw(isPostgres(db) ? " ON complaints" : "")}`.execute(
    db,
  );
  if (isPostgres(db)) await sql`DROP FUNCTION IF EXISTS complaint_first_ids_keep()`.execute(db);
  await db.schema.dropTable("complaint_first_ids").ifExists().execute();
}
