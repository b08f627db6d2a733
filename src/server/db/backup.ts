import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { type VerifyResult, verifyAuditChain } from "../audit/verify.ts";
import { openDatabase } from "./database.ts";

export type CopyCheck = { ok: true; entries: number } | { ok: false; reason: string };

/**
 * Checks a copy of the SQLite database: SQLite's own integrity check, then the audit chains with the same
 * code as `audit verify`, so a copy that was damaged or tampered with is never put in place.
 */
export async function checkCopy(file: string): Promise<CopyCheck> {
  if (!fs.existsSync(file)) return { ok: false, reason: `no file ${file}` };
  try {
    const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      const [{ integrity_check }] = sqlite.pragma("integrity_check") as { integrity_check: string }[];
      if (integrity_check !== "ok")
        return { ok: false, reason: `SQLite integrity check: ${integrity_check}` };
    } finally {
      sqlite.close();
    }
  } catch (err) {
    return { ok: false, reason: `not a readable SQLite database (${(err as Error).message})` };
  }
  const db = openDatabase({ databaseUrl: null, sqlitePath: file });
  let result: VerifyResult;
  try {
    result = await verifyAuditChain(db);
  } catch (err) {
    return { ok: false, reason: `not a Bulwark database (${(err as Error).message})` };
  } finally {
    await db.destroy();
  }
  return result.ok
    ? { ok: true, entries: result.entries }
    : { ok: false, reason: `audit chain broken in ${result.problems.length} chain(s): ${result.reason}` };
}

/**
 * A consistent copy of the live SQLite database into `target`, taken with SQLite's online backup API while the
 * server keeps writing (the backup restarts on its own when a write lands mid-copy, so the copy is one moment's
 * state). Written beside the target and renamed once complete and checked, so a half-written backup never
 * carries the target's name.
 */
export async function backupSqlite(sqlitePath: string, target: string): Promise<CopyCheck> {
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const source = new SQLite(sqlitePath, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(partial);
  } finally {
    source.close();
  }
  const check = await checkCopy(partial);
  if (!check.ok) {
    fs.rmSync(partial, { force: true });
    return check;
  }
  fs.renameSync(partial, target);
  return check;
}

/**
 * Puts a checked copy in place of the SQLite database at `sqlitePath`, with the server stopped. The database
 * it replaces is kept beside it (…before-restore-<time>), with its WAL, so a wrong restore can be undone.
 */
export async function restoreSqlite(copy: string, sqlitePath: string, now = new Date()): Promise<CopyCheck> {
  const check = await checkCopy(copy);
  if (!check.ok) return check;
  fs.mkdirSync(path.dirname(sqlitePath), { recursive: true });
  const incoming = `${sqlitePath}.restoring`;
  fs.copyFileSync(copy, incoming);
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  for (const suffix of ["", "-wal", "-shm"]) {
    const file = `${sqlitePath}${suffix}`;
    if (fs.existsSync(file)) fs.renameSync(file, `${sqlitePath}.before-restore-${stamp}${suffix}`);
  }
  fs.renameSync(incoming, sqlitePath);
  return check;
}
