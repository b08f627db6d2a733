import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, inject } from "vitest";
import { type Db, openDatabase } from "../src/server/db/database.ts";

export type Engine = "sqlite" | "postgres";

export interface TestDatabase {
  engine: Engine;
  db: Db;
  /** What openDatabase needs to reach the same database again (from the CLI, say). */
  location: { databaseUrl: string | null; sqlitePath: string };
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of the given engine: a temp SQLite file, or a new PostgreSQL database, each a copy
 * of the run's migrated template (test/templates.ts).
 */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  const templates = inject("templates");
  if (engine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-test-"));
    const location = { databaseUrl: null, sqlitePath: path.join(dir, "test.db") };
    fs.copyFileSync(templates.sqlitePath, location.sqlitePath);
    const db = openDatabase(location);
    return {
      engine,
      db,
      location,
      drop: async () => {
        await db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject("postgresUrl");
  if (!adminUrl) throw new Error("no PostgreSQL server for the tests");
  const name = `bulwark_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templates.postgresName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const location = { databaseUrl: url.toString(), sqlitePath: "" };
  const db = openDatabase(location);
  return {
    engine,
    db,
    location,
    drop: async () => {
      await db.destroy();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Runs the same suite on SQLite and on PostgreSQL, as Kysely's own tests do per dialect. The PostgreSQL
 * half is skipped (and says so) only when the harness found no server.
 */
export function describeEachEngine(title: string, suite: (engine: Engine) => void): void {
  describe.each<Engine>(["sqlite", "postgres"])(`${title} [%s]`, (engine) => {
    if (engine === "postgres" && !inject("postgresUrl")) {
      describe.skip("PostgreSQL not available", () => suite(engine));
      return;
    }
    suite(engine);
  });
}
