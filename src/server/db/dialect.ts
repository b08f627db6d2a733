// biome-ignore-all lint/suspicious/noExplicitAny: a check on the engine, whatever the schema
import { type Kysely, PostgresAdapter } from "kysely";

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Column types that differ between the engines; everything else is written once for both. */
export function columnTypes(db: Kysely<any>) {
  const pg = isPostgres(db);
  return {
    id: pg ? "serial" : "integer",
    timestamp: pg ? "timestamptz" : "text",
  } as const;
}
