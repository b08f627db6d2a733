import { entryHash, GENESIS_HASH } from "../../src/server/audit/chain.ts";
import type { Bulk } from "./util.ts";

/**
 * Audit entries written in bulk, chained with the same hash function as appendAudit, so `audit verify`
 * walks the seeded history like any other. Entries are added in id order; `head()` is what audit_head
 * must hold afterwards.
 */
export class AuditChain {
  private lastId = 0;
  private lastHash = GENESIS_HASH;
  private readonly bulk: Bulk;
  constructor(bulk: Bulk) {
    this.bulk = bulk;
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
    const hash = entryHash(this.lastHash, fields);
    this.bulk.add("audit_log", { id: ++this.lastId, ...fields, prev_hash: this.lastHash, hash });
    this.lastHash = hash;
  }
  head() {
    return { id: 1, last_id: this.lastId, last_hash: this.lastHash };
  }
  get count() {
    return this.lastId;
  }
}
