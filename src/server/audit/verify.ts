import type { Db } from "../db/database.ts";
import { entryHash, GENESIS_HASH } from "./chain.ts";

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number | null; reason: string };

const BATCH = 5000;

/**
 * Walks the audit log in id order and recomputes every hash. An altered row breaks its own hash; a deleted
 * row breaks the link of the row after it; a deleted tail no longer matches the head row.
 */
export async function verifyAuditChain(
  db: Db,
  onProgress?: (checked: number) => void,
): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let entries = 0;
  for (;;) {
    const rows = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("id", ">", lastId)
      .orderBy("id")
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      if (row.prev_hash !== prevHash) {
        return { ok: false, entries, brokenAt: row.id, reason: "the entry before it was deleted or altered" };
      }
      if (entryHash(prevHash, row) !== row.hash) {
        return { ok: false, entries, brokenAt: row.id, reason: "the entry's content was altered" };
      }
      prevHash = row.hash;
      lastId = row.id;
      entries++;
    }
    onProgress?.(entries);
    if (rows.length < BATCH) break;
  }
  const head = await db.selectFrom("audit_head").selectAll().executeTakeFirst();
  if (head && (head.last_id !== lastId || head.last_hash !== prevHash)) {
    return {
      ok: false,
      entries,
      brokenAt: head.last_id,
      reason: `the chain ends at entry ${lastId}, but entry ${head.last_id} was written last: entries at the end were deleted`,
    };
  }
  return { ok: true, entries };
}
