import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { loadConfig } from "../src/server/config.ts";
import { migrateToLatest, openDatabase } from "../src/server/db/database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** An empty database of each engine, migrated once per run: a test's database starts as a copy of it. */
    templates: { sqlitePath: string; postgresName: string | null };
  }
}

/**
 * Migrates one empty database per engine, once for the whole run: copying it is cheaper than migrating anew
 * for each test file (figures in the commit that brought it).
 */
export async function makeTemplates(postgresUrl: string | null) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-template-"));
  const sqlitePath = path.join(dir, "template.db");
  const sqlite = openDatabase({ databaseUrl: null, sqlitePath });
  await migrateToLatest(sqlite, loadConfig({}));
  // Closing the last connection folds the write-ahead log into the file, so that a copy of the file is whole.
  await sqlite.destroy();
  let postgresName: string | null = null;
  if (postgresUrl) {
    // Named for this run alone: two runs on one DATABASE_URL must not drop each other's template.
    postgresName = `bulwark_template_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await admin(postgresUrl, `CREATE DATABASE ${postgresName}`);
    const url = new URL(postgresUrl);
    url.pathname = `/${postgresName}`;
    const db = openDatabase({ databaseUrl: url.toString(), sqlitePath: "" });
    await migrateToLatest(db, loadConfig({}));
    // A database with open connections cannot serve as a template.
    await db.destroy();
  }
  return {
    templates: { sqlitePath, postgresName },
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
      if (postgresUrl && postgresName) await admin(postgresUrl, `DROP DATABASE IF EXISTS ${postgresName}`);
    },
  };
}

async function admin(url: string, ...statements: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}
