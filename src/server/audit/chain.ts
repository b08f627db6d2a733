import { createHash } from "node:crypto";
import { pathIds } from "../../domain/org/units.ts";

/** The hash that starts the chain, stored as prev_hash of the first entry. */
export const GENESIS_HASH = "0".repeat(64);

export interface ChainedFields {
  at: string;
  actor_id: number | null;
  actor_username: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  org_unit_id: number | null;
  org_path: string | null;
  before_json: string | null;
  after_json: string | null;
  ip: string | null;
}

/** sha256 over the previous hash and every stored field, in a fixed order, so no field can change unseen. */
export function entryHash(prevHash: string, e: ChainedFields): string {
  const fields = [
    prevHash,
    e.at,
    e.actor_id,
    e.actor_username,
    e.action,
    e.entity_type,
    e.entity_id,
    e.org_unit_id,
    e.org_path,
    e.before_json,
    e.after_json,
    e.ip,
  ];
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

/** The chain of entries tied to no branch: head office, user administration, settings, unknown sign-ins. */
export const ROOT_CHAIN = "";

/**
 * The chain an entry belongs to: one per branch (the first two ids of its org path, "/1/5/" for
 * "/1/5/12/40/"), so that writers in different branches lock different chain heads and run in parallel.
 * Entries at the head office or tied to no unit go to the root chain.
 */
export function chainOf(orgPath: string | null): string {
  const ids = orgPath === null ? [] : pathIds(orgPath);
  return ids.length < 2 ? ROOT_CHAIN : `/${ids[0]}/${ids[1]}/`;
}

/**
 * Entry written by migration 023 to the single chain that existed before: entries before it were all written
 * to that one chain (now the root chain) whatever their org path. It is hashed like any entry, so moving the
 * boundary means rewriting the root chain from there on.
 */
export const SPLIT_ACTION = "system.audit_chains_split";
