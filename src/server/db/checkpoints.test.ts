import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import SQLite from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./database.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-wal-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A table of this test's own, outside the app's schema. */
type Notes = Kysely<{ notes: { who?: string; n?: number } }>;

describe("SQLite beside other connections to the same file", () => {
  it("a transaction that reads, then writes, waits for another connection's write instead of failing", async () => {
    const sqlitePath = path.join(dir, "two-writers.db");
    const db = openDatabase({ databaseUrl: null, sqlitePath }) as unknown as Notes;
    await sql`CREATE TABLE notes (who TEXT NOT NULL)`.execute(db);
    // Another connection on its own thread, as the checkpoint thread or a CLI command beside the server.
    const other = new Worker(
      `const { parentPort, workerData } = require("node:worker_threads");
       const db = new (require(workerData.sqlite))(workerData.file);
       db.pragma("busy_timeout = 5000");
       parentPort.once("message", () => {
         db.prepare("INSERT INTO notes VALUES ('other')").run();
         db.close();
         parentPort.postMessage("written");
       });`,
      {
        eval: true,
        workerData: { file: sqlitePath, sqlite: createRequire(import.meta.url).resolve("better-sqlite3") },
      },
    );
    const otherWrote = new Promise((resolve) => other.once("message", resolve));

    await db.transaction().execute(async (trx) => {
      await trx.selectFrom("notes").selectAll().execute();
      other.postMessage("write now");
      await sleep(200);
      await trx.insertInto("notes").values({ who: "server" }).execute();
    });
    await otherWrote;
    const rows = await db.selectFrom("notes").select("who").execute();
    expect(rows.map((r) => r.who)).toEqual(["server", "other"]);
    await db.destroy();
    await other.terminate();
  });
});

describe("background checkpoints", () => {
  it("copy committed writes into the database file without the server's connection doing it", async () => {
    const sqlitePath = path.join(dir, "background.db");
    const problems: string[] = [];
    const db = openDatabase({
      databaseUrl: null,
      sqlitePath,
      backgroundCheckpoints: (p) => problems.push(p),
    }) as unknown as Notes;
    await sql`CREATE TABLE notes (n INTEGER NOT NULL)`.execute(db);
    // Far fewer pages than the 1,000 at which SQLite's own connection would checkpoint.
    for (let n = 0; n < 50; n++) await db.insertInto("notes").values({ n }).execute();
    await sleep(500);
    // The database file alone, without its write-ahead log, holds what was committed.
    const copy = path.join(dir, "file-alone.db");
    fs.copyFileSync(sqlitePath, copy);
    const alone = new SQLite(copy);
    expect(alone.prepare("SELECT count(*) AS n FROM notes").get()).toEqual({ n: 50 });
    alone.close();
    expect(problems).toEqual([]);
    await db.destroy();
  });
});
