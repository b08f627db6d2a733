import type { Transaction } from "kysely";
import { isPostgres } from "../db/dialect.ts";
import type { Database } from "../db/schema.ts";
import { entryHash, GENESIS_HASH } from "./chain.ts";

/** Who did something: a signed-in user, or the system itself (seeding, schedulers). */
export interface Actor {
  id: number | null;
  username: string | null;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, username: "system", ip: null };

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  orgUnit?: { id: number; path: string } | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one entry to the hash chain inside the caller's transaction, so the change and its record commit
 * or fail together. On PostgreSQL the head row is locked, which orders concurrent writers into one chain;
 * SQLite runs one write transaction at a time anyway.
 */
export async function appendAudit(
  trx: Transaction<Database>,
  actor: Actor,
  input: AuditInput,
): Promise<void> {
  let headQuery = trx.selectFrom("audit_head").select(["last_id", "last_hash"]).where("id", "=", 1);
  if (isPostgres(trx)) headQuery = headQuery.forUpdate();
  const head = await headQuery.executeTakeFirst();

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
  const prevHash = head?.last_hash ?? GENESIS_HASH;
  const hash = entryHash(prevHash, fields);
  const { id } = await trx
    .insertInto("audit_log")
    .values({ ...fields, prev_hash: prevHash, hash })
    .returning("id")
    .executeTakeFirstOrThrow();

  if (head) {
    await trx.updateTable("audit_head").set({ last_id: id, last_hash: hash }).where("id", "=", 1).execute();
  } else {
    await trx.insertInto("audit_head").values({ id: 1, last_id: id, last_hash: hash }).execute();
  }
}
