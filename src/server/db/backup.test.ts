import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

const run = promisify(execFile);

/** The real CLI against a SQLite file, as an operator runs it beside the server. */
async function cli(sqlitePath: string, ...args: string[]) {
  const env = { ...process.env, DATABASE_URL: "", SQLITE_PATH: sqlitePath };
  try {
    const { stdout } = await run(process.execPath, ["src/server/cli.ts", ...args], { env });
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

const complaintIds = (file: string) => {
  const db = new SQLite(file, { readonly: true });
  const ids = (db.prepare("select id from complaints").all() as { id: number }[]).map((r) => r.id);
  db.close();
  return ids;
};

describe("SQLite backup and restore", () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp("sqlite");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-backup-"));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a backup taken under write load holds every record acknowledged before it, and restores", async () => {
    const lobby = await t.as("lobby.ot01");
    const acked: number[] = [];
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const res = await lobby.post("/api/complaints", complaintBody());
        expect(res.statusCode, res.body).toBe(201);
        acked.push(res.json().id);
      }
    })();
    while (acked.length < 5) await new Promise((r) => setTimeout(r, 20));

    const ackedBefore = [...acked];
    const backupFile = path.join(dir, "bulwark-backup.db");
    const backup = await cli(t.location.sqlitePath, "backup", backupFile);
    const ackedDuring = acked.length - ackedBefore.length;
    writing = false;
    await writer;
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toMatch(/audit chain intact/);
    expect(ackedDuring, "the server kept writing during the backup").toBeGreaterThan(0);
    expect(complaintIds(backupFile)).toEqual(expect.arrayContaining(ackedBefore));

    const restored = path.join(dir, "restored", "bulwark.db");
    const restore = await cli(restored, "restore", backupFile);
    expect(restore.code, restore.out).toBe(0);
    expect(complaintIds(restored)).toEqual(complaintIds(backupFile));
    expect((await cli(restored, "audit", "verify")).code).toBe(0);
  });

  it("a tampered copy is refused and the database left as it was", async () => {
    const copy = path.join(dir, "tampered.db");
    expect((await cli(t.location.sqlitePath, "backup", copy)).code).toBe(0);
    const db = new SQLite(copy);
    // As someone with the file would: past the append-only trigger.
    db.exec("DROP TRIGGER audit_log_no_update");
    db.prepare("update audit_log set actor_username = 'someone' where id = 2").run();
    db.close();
    const target = path.join(dir, "kept", "bulwark.db");
    expect((await cli(target, "restore", path.join(dir, "bulwark-backup.db"))).code).toBe(0);
    const before = complaintIds(target);
    const refused = await cli(target, "restore", copy);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/restore refused: audit chain broken/);
    expect(complaintIds(target)).toEqual(before);
    expect(fs.readdirSync(path.dirname(target)).filter((f) => f.includes("before-restore"))).toEqual([]);
    // A good copy over an existing database keeps the one it replaces beside it.
    expect((await cli(target, "restore", path.join(dir, "bulwark-backup.db"))).code).toBe(0);
    expect(fs.readdirSync(path.dirname(target)).some((f) => f.includes("before-restore"))).toBe(true);
  });
});
