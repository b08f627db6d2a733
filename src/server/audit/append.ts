import type { QueryCreator, Transaction } from "kysely";
import type { AuditAction, EntityType } from "../../domain/audit/actions.ts";
import { compiledOnce } from "../db/compiled-once.ts";
import { isPostgres } from "../db/dialect.ts";
import type { Database } from "../db/schema.ts";
import { chainOf, entryHash, GENESIS_HASH } from "./chain.ts";

/** Who did something: a signed-in user, or the system itself (seeding, schedulers). */
export interface Actor {
  id: number | null;
  username: string | null;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, username: "system", ip: null };

export interface AuditInput {
  action: AuditAction;
  entityType: EntityType;
  entityId?: string | number | null;
  orgUnit?: { id: number; path: string } | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one entry to its branch's hash chain inside the caller's transaction, so the change and its record
 * commit or fail together. On PostgreSQL that chain's head row is locked until commit, which orders concurrent
 * writers of one branch into one chain while other branches' writers go ahead; SQLite runs one write
 * transaction at a time anyway.
 *
 * The chain column is not hashed: it is a function of org_path, which is, and `verifyAuditChain` rejects an
 * entry whose chain differs from chainOf(org_path). A single moved entry breaks the links of both chains; a
 * whole chain renamed wholesale fails that check.
 */
export async function appendAudit(
  trx: Transaction<Database>,
  actor: Actor,
  input: AuditInput,
): Promise<void> {
  const chain = chainOf(input.orgUnit?.path ?? null);
  const head = await lockHead(trx, chain);
  const fields = {
    at: new Date().toISOString(),
    actor_id: actor.id,
    actor_username: actor.username,
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId == null ? null : String(input.entityId),
    org_unit_id: input.orgUnit?.id ?? null,
    org_path: input.orgUnit?.path ?? null,
    before_json: input.before === undefined ? null : JSON.stringify(input.before),
    after_json: input.after === undefined ? null : JSON.stringify(input.after),
    ip: actor.ip,
  };
  const hash = entryHash(head.last_hash, fields);
  const values = [
    fields.at,
    fields.actor_id,
    fields.actor_username,
    fields.action,
    fields.entity_type,
    fields.entity_id,
    fields.org_unit_id,
    fields.org_path,
    fields.before_json,
    fields.after_json,
    fields.ip,
    chain,
    head.last_hash,
    hash,
  ] as const;
  if (isPostgres(trx)) {
    await insertEntryMovingHead(trx, ...values);
  } else {
    const [{ id }] = await insertEntry(trx, ...values);
    await moveHead(trx, id, hash, chain);
  }
}

/**
 * Locks the heads of the chains that entries at these org paths go to, one chain after another in the chains'
 * order. A create whose link entry quotes its new number, and so is appended after the day's reference number
 * is taken (db/refs.ts), locks that chain and its own first: every creator then holds its heads before the
 * counter, and any two take the same heads in the same order, so none waits for another that waits for it.
 */
export async function lockAuditChains(trx: Transaction<Database>, paths: (string | null)[]): Promise<void> {
  for (const chain of [...new Set(paths.map(chainOf))].sort()) await lockHead(trx, chain);
}

// Every change runs these (on PostgreSQL the entry and the head's move as one statement), built once
// (compiledOnce): building them was a large part of an entry's time on SQLite, and on PostgreSQL they run as
// named statements (bench/README.md, "Where the budgets are missed, and why", "Reporting an incident").
const readHead = compiledOnce((db, chain: string) => {
  const q = db.selectFrom("audit_heads").select(["last_id", "last_hash"]).where("chain", "=", chain);
  return isPostgres(db) ? q.forUpdate() : q;
});

type EntryValues = [
  at: string,
  actorId: number | null,
  actorUsername: string | null,
  action: string,
  entityType: string,
  entityId: string | null,
  orgUnitId: number | null,
  orgPath: string | null,
  beforeJson: string | null,
  afterJson: string | null,
  ip: string | null,
  chain: string,
  prevHash: string,
  hash: string,
];

const entryInsert = (
  db: QueryCreator<Database>,
  [
    at,
    actorId,
    actorUsername,
    action,
    entityType,
    entityId,
    orgUnitId,
    orgPath,
    beforeJson,
    afterJson,
    ip,
    chain,
    prevHash,
    hash,
  ]: EntryValues,
) =>
  db.insertInto("audit_log").values({
    at,
    actor_id: actorId,
    actor_username: actorUsername,
    action,
    entity_type: entityType,
    entity_id: entityId,
    org_unit_id: orgUnitId,
    org_path: orgPath,
    before_json: beforeJson,
    after_json: afterJson,
    ip,
    chain,
    prev_hash: prevHash,
    hash,
  });

const insertEntry = compiledOnce((db, ...values: EntryValues) => entryInsert(db, values).returning("id"));

const moveHead = compiledOnce((db, lastId: number, lastHash: string, chain: string) =>
  db.updateTable("audit_heads").set({ last_id: lastId, last_hash: lastHash }).where("chain", "=", chain),
);

// On PostgreSQL the entry and the head's move are one statement (a data-modifying WITH, which SQLite lacks):
// one round trip less for every audited change, while the head, and for a create the day's reference
// counter, stay locked.
const insertEntryMovingHead = compiledOnce((db, ...values: EntryValues) => {
  const [chain, hash] = [values[11], values[13]];
  return db
    .with("entry", (w) => entryInsert(w, values).returning("id"))
    .updateTable("audit_heads")
    .from("entry")
    .set((eb) => ({ last_id: eb.ref("entry.id"), last_hash: hash }))
    .where("chain", "=", chain);
});

/**
 * The chain's head, locked. A chain's first writer creates the row (last_id 0, the genesis hash); ON CONFLICT
 * DO NOTHING makes a second first writer wait for the first to commit and then lock the row it made, so a
 * chain cannot be started twice.
 */
async function lockHead(trx: Transaction<Database>, chain: string) {
  const [head] = await readHead(trx, chain);
  if (head) return head;
  await trx
    .insertInto("audit_heads")
    .values({ chain, last_id: 0, last_hash: GENESIS_HASH })
    .onConflict((oc) => oc.column("chain").doNothing())
    .execute();
  const [created] = await readHead(trx, chain);
  if (!created) throw new Error(`audit chain head ${chain} missing after it was created`);
  return created;
}
