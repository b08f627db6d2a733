import { createHash } from "node:crypto";
import type { Kysely } from "kysely";

/*
 * Frozen copies of src/server/audit/chain.ts as this migration landed: the root chain's name, the split
 * entry's action and the entry hash. The live audit verifier must go on hashing and naming them the same
 * way, or the entry this migration wrote stops verifying (src/server/audit/split.test.ts).
 */
const ROOT_CHAIN = "";
const SPLIT_ACTION = "system.audit_chains_split";

function entryHash(prevHash: string, e: Record<string, string | number | null>): string {
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

/**
 * One audit hash chain per branch instead of one for the bank: on PostgreSQL every audited write locked the
 * single head row until commit, so all writers queued behind each other. Existing entries stay where they are
 * as the root chain; if there are any, an entry marking the split is appended to it (see SPLIT_ACTION), since
 * those entries carry branch paths yet belong to the root chain. The append-only triggers stay as they are.
 */
export async function up(untyped: Kysely<unknown>): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own time, not Database.
  const db = untyped as Kysely<any>;
  await db.schema
    .alterTable("audit_log")
    .addColumn("chain", "text", (c) => c.notNull().defaultTo(ROOT_CHAIN))
    .execute();
  await db.schema.createIndex("audit_log_chain_idx").on("audit_log").columns(["chain", "id"]).execute();

  await db.schema
    .createTable("audit_heads")
    .addColumn("chain", "text", (c) => c.primaryKey())
    .addColumn("last_id", "integer", (c) => c.notNull())
    .addColumn("last_hash", "text", (c) => c.notNull())
    .execute();

  const head = await db.selectFrom("audit_head").select(["last_id", "last_hash"]).executeTakeFirst();
  if (head) {
    const fields = {
      at: new Date().toISOString(),
      actor_id: null,
      actor_username: "system",
      action: SPLIT_ACTION,
      entity_type: "system",
      entity_id: null,
      org_unit_id: null,
      org_path: null,
      before_json: null,
      after_json: JSON.stringify({ singleChainUntil: head.last_id }),
      ip: null,
    };
    const hash = entryHash(head.last_hash, fields);
    const { id } = await db
      .insertInto("audit_log")
      .values({ ...fields, chain: ROOT_CHAIN, prev_hash: head.last_hash, hash })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("audit_heads").values({ chain: ROOT_CHAIN, last_id: id, last_hash: hash }).execute();
  }
  await db.schema.dropTable("audit_head").execute();
}

export async function down(): Promise<void> {
  throw new Error("Splitting the audit chain cannot be reverted");
}
