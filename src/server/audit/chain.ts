import { createHash } from "node:crypto";

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
