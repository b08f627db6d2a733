import { chainOf, entryHash, GENESIS_HASH } from "../audit/chain.ts";
import type { Bulk } from "./bulk.ts";

/**
 * Audit entries written in bulk, chained with the same hash function and per-branch chains as appendAudit,
 * so `audit verify` walks the seeded history like any other. Entries are added in id order; `heads()` is
 * what audit_heads must hold afterwards.
 */
export class AuditChain {
  private lastId: number;
  private readonly chains: Map<string, { last_id: number; last_hash: string }>;
  private readonly bulk: Bulk;
  /** `after`: the entries already in the log (the last id and every chain's head), for a log that is not empty. */
  constructor(
    bulk: Bulk,
    after?: { lastId: number; heads: { chain: string; last_id: number; last_hash: string }[] },
  ) {
    this.bulk = bulk;
    this.lastId = after?.lastId ?? 0;
    this.chains = new Map(after?.heads.map(({ chain, ...head }) => [chain, head]));
  }
  add(e: {
    at: string;
    actorId: number;
    actorUsername: string;
    action: string;
    entityType: string;
    entityId: number;
    orgUnit: { id: number; path: string };
    before?: unknown;
    after: unknown;
  }) {
    const fields = {
      at: e.at,
      actor_id: e.actorId,
      actor_username: e.actorUsername,
      action: e.action,
      entity_type: e.entityType,
      entity_id: String(e.entityId),
      org_unit_id: e.orgUnit.id,
      org_path: e.orgUnit.path,
      before_json: e.before === undefined ? null : JSON.stringify(e.before),
      after_json: JSON.stringify(e.after),
      ip: "10.0.0.1",
    };
    const chain = chainOf(e.orgUnit.path);
    const prevHash = this.chains.get(chain)?.last_hash ?? GENESIS_HASH;
    const hash = entryHash(prevHash, fields);
    const id = ++this.lastId;
    this.bulk.add("audit_log", { id, ...fields, chain, prev_hash: prevHash, hash });
    this.chains.set(chain, { last_id: id, last_hash: hash });
  }
  heads() {
    return [...this.chains].map(([chain, head]) => ({ chain, ...head }));
  }
  get count() {
    return this.lastId;
  }
}
