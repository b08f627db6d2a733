import { sql } from "kysely";
import type { Db } from "../db/database.ts";
import { isPostgres } from "../db/dialect.ts";
import type { Database } from "../db/schema.ts";

/**
 * After rows were written with explicit ids, moves each table's PostgreSQL sequence past them so that the
 * server's own inserts do not collide (SQLite moves its counters itself).
 */
export async function moveSequencesPastIds(db: Db, tables: readonly (keyof Database & string)[]) {
  if (!isPostgres(db)) return;
  for (const table of tables) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), GREATEST((SELECT max(id) FROM ${sql.table(table)}), 1))`.execute(
      db,
    );
  }
}
