import type { Db } from "../db/database.ts";
import { chainOf, entryHash, GENESIS_HASH, ROOT_CHAIN, SPLIT_ACTION } from "./chain.ts";

/** The first thing found wrong in one chain; later entries of that chain are not checked. */
export interface ChainProblem {
  chain: string;
  brokenAt: number | null;
  reason: string;
}

export type VerifyResult =
  | { ok: true; entries: number; chains: number }
  | ({ ok: false; entries: number; chains: number; problems: ChainProblem[] } & ChainProblem);

const BATCH = 5000;

interface ChainState {
  prevHash: string;
  lastId: number;
  broken: boolean;
}

/**
 * Walks the audit log once in id order, in keyset batches, and follows every chain at the same time (each
 * chain's entries come in its own id order). In each chain an altered row breaks its own hash, a deleted row
 * breaks the link of the row after it, and a deleted tail no longer matches the chain's head row. An entry
 * whose chain is not the one its (hashed) org path belongs to has been moved. Entries older than the split
 * marker were written to the single chain that became the root chain, whatever their path.
 */
export async function verifyAuditChain(
  db: Db,
  onProgress?: (checked: number) => void,
): Promise<VerifyResult> {
  const split = await db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.min<number>("id").as("id"))
    .where("action", "=", SPLIT_ACTION)
    .where("chain", "=", ROOT_CHAIN)
    .executeTakeFirst();
  const splitAt = split?.id ?? null;

  const chains = new Map<string, ChainState>();
  const problems: ChainProblem[] = [];
  let lastId = 0;
  let checked = 0;
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
      lastId = row.id;
      checked++;
      let state = chains.get(row.chain);
      if (!state) {
        state = { prevHash: GENESIS_HASH, lastId: 0, broken: false };
        chains.set(row.chain, state);
      }
      if (state.broken) continue;
      const expected = splitAt !== null && row.id < splitAt ? ROOT_CHAIN : chainOf(row.org_path);
      const reason =
        row.prev_hash !== state.prevHash
          ? "the entry before it in this chain was deleted or altered"
          : entryHash(row.prev_hash, row) !== row.hash
            ? "the entry's content was altered"
            : row.chain !== expected
              ? `the entry belongs to ${chainName(expected)} but was moved here`
              : null;
      if (reason) {
        state.broken = true;
        problems.push({ chain: row.chain, brokenAt: row.id, reason });
        continue;
      }
      state.prevHash = row.hash;
      state.lastId = row.id;
      entries++;
    }
    onProgress?.(checked);
    if (rows.length < BATCH) break;
  }

  const heads = await db.selectFrom("audit_heads").selectAll().execute();
  for (const head of heads) {
    const state = chains.get(head.chain) ?? { prevHash: GENESIS_HASH, lastId: 0, broken: false };
    if (state.broken || (head.last_id === state.lastId && head.last_hash === state.prevHash)) continue;
    problems.push({
      chain: head.chain,
      brokenAt: head.last_id,
      reason: `the chain ends at entry ${state.lastId}, but entry ${head.last_id} was written last: entries at the end were deleted`,
    });
  }
  const withHead = new Set(heads.map((h) => h.chain));
  for (const [chain, state] of chains) {
    if (state.broken || withHead.has(chain)) continue;
    problems.push({ chain, brokenAt: null, reason: "the chain's head row was deleted" });
  }
  const count = new Set([...chains.keys(), ...withHead]).size;
  return problems.length === 0
    ? { ok: true, entries, chains: count }
    : { ok: false, entries, chains: count, problems, ...problems[0] };
}

/** How a chain is named to an operator. */
export function chainName(chain: string): string {
  return chain === ROOT_CHAIN ? "the root chain" : `the chain of branch ${chain}`;
}
