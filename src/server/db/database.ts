import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, type SqliteDatabase } from "kysely";
import { Migrator } from "kysely/migration";
import pg from "pg";
import { checkpointInBackground } from "./checkpoints.ts";
import { preparedName } from "./compiled-once.ts";
import { type MigrationSettings, migrationProvider } from "./migrations/index.ts";
import { dropStat4Samples } from "./planner-stats.ts";
import type { Database } from "./schema.ts";
import { ImmediateSqliteDialect } from "./sqlite-dialect.ts";
import { CachedStatements } from "./statement-cache.ts";

export type Db = Kysely<Database>;

const PG_INT8 = 20;
const PG_TIMESTAMPTZ = 1184;

/**
 * Opens the database the configuration names: PostgreSQL for a postgres:// URL, else the SQLite file.
 * `backgroundCheckpoints`, for a long-running server, moves SQLite's checkpoints to a worker thread
 * (checkpoints.ts) and is told of any that failed.
 */
export function openDatabase(opts: {
  databaseUrl: string | null;
  sqlitePath: string;
  backgroundCheckpoints?: (problem: string) => void;
}): Db {
  if (opts.databaseUrl) {
    const types = {
      getTypeParser(oid: number, format?: "text" | "binary") {
        if (oid === PG_INT8) return (v: string) => Number(v);
        if (oid === PG_TIMESTAMPTZ) return (v: string) => new Date(v).toISOString();
        return pg.types.getTypeParser(oid, format);
      },
    };
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10, types });
    // An idle connection the server dropped (restart, failover) is discarded by the pool and replaced on the
    // next query; the error needs a listener, or it would end the process.
    pool.on("error", () => {});
    pool.on("connect", sendNamedStatements);
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  fs.mkdirSync(path.dirname(opts.sqlitePath), { recursive: true });
  const sqlite = new SQLite(opts.sqlitePath);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  dropStat4Samples(sqlite);
  const statements = new CachedStatements(sqlite);
  if (!opts.backgroundCheckpoints)
    return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: statements }) });
  const checkpoints = checkpointInBackground(sqlite, opts.sqlitePath, opts.backgroundCheckpoints);
  const database: SqliteDatabase = {
    prepare: (sql) => statements.prepare(sql),
    close: () => {
      checkpoints.stop();
      statements.close();
    },
  };
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) });
}

/**
 * Kysely sends every query as `client.query(text, values)`; the compiled-once ones go out as named statements
 * instead. Every other form (a callback, a config object, a cursor) passes through as it came.
 */
function sendNamedStatements(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const [text, values] = args;
    const name = args.length === 2 && typeof text === "string" && Array.isArray(values) && preparedName(text);
    return name ? query({ name, text, values }) : query(...args);
  }) as typeof client.query;
}

/** `settings` are the config module's values (loadConfig) the migrations depend on. */
export async function migrateToLatest(db: Db, settings: MigrationSettings): Promise<void> {
  // Features land in parallel, each with its own migration; a database may have run a later-numbered one first.
  const migrator = new Migrator({
    db,
    provider: migrationProvider(settings),
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ""} failed: ${String(error)}`, { cause: error });
  }
}
