import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { migrateToLatest, openDatabase } from "./database.ts";

describe("SQLite planner statistics", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-stats-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const count = (db: SQLite.Database, table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it("keeps STAT1 and drops the STAT4 samples of an ANALYZE run by hand, when the database is opened", async () => {
    const sqlitePath = path.join(dir, "analyzed.db");
    const first = openDatabase({ databaseUrl: null, sqlitePath });
    await migrateToLatest(first, loadConfig({}));
    await first.destroy();
    // What an administrator's `sqlite3 bulwark.db ANALYZE` leaves behind.
    const byHand = new SQLite(sqlitePath);
    byHand.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
      INSERT INTO ref_counters (prefix, day, last) SELECT 'X', printf('%08d', i), 1 FROM n; ANALYZE;`);
    expect(count(byHand, "sqlite_stat4")).toBeGreaterThan(0);
    byHand.close();

    const reopened = openDatabase({ databaseUrl: null, sqlitePath });
    expect(
      await reopened.selectFrom("ref_counters").select("last").where("day", "=", "00000007").execute(),
    ).toEqual([{ last: 1 }]);
    await reopened.destroy();
    const after = new SQLite(sqlitePath, { readonly: true });
    expect(count(after, "sqlite_stat4")).toBe(0);
    expect(count(after, "sqlite_stat1")).toBeGreaterThan(0);
    after.close();
  });
});
