import type { Transaction } from "kysely";
import { mayLinkFrom } from "../../domain/links/offers.ts";
import type { RecordRef } from "../../domain/links/schema.ts";
import { appendAudit, lockAuditChains } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { conflict, forbidden, invalid } from "../http/errors.ts";
import { orgTopics } from "../live/bus.ts";
import { linkedRefs, visibleRecord } from "./store.ts";

const same = (a: RecordRef, b: RecordRef) => a.kind === b.kind && a.id === b.id;

/**
 * For a create linked from another record: locks the audit chains of the new record's unit and of `from`
 * before the create takes its number, since the link's entry, which quotes that number, is written after it
 * (audit/append.ts, lockAuditChains). For a record the caller may not open, only the new record's chain is
 * locked; `addLink` refuses it.
 */
export async function lockChainsForLink(
  trx: Transaction<Database>,
  caller: Caller,
  from: RecordRef,
  newRecordPath: string,
): Promise<void> {
  const source = await visibleRecord(trx, caller, from);
  await lockAuditChains(trx, [newRecordPath, source?.orgUnit.path ?? newRecordPath]);
}

/**
 * Links two records both ways, inside the caller's transaction (a complaint registered from an incident is
 * linked in the transaction that registers it). Both must be records the caller may open, else a 400 naming
 * `fromField` or `toField`; the entry is audited on the record the link was made from.
 */
export async function addLink(
  trx: Transaction<Database>,
  caller: Caller,
  from: RecordRef,
  to: RecordRef,
  now: Date,
  fields: { from: string; to: string } = { from: "from", to: "to" },
) {
  if (!mayLinkFrom(caller.user.role, from.kind)) throw forbidden();
  if (same(from, to)) throw invalid(fields.to, "links.self");
  const source = await visibleRecord(trx, caller, from);
  if (!source) throw invalid(fields.from, "links.unknown_record");
  const target = await visibleRecord(trx, caller, to);
  if (!target) throw invalid(fields.to, "links.unknown_record");
  const existing = await trx
    .selectFrom("record_links")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([
          eb("a_kind", "=", from.kind),
          eb("a_id", "=", from.id),
          eb("b_kind", "=", to.kind),
          eb("b_id", "=", to.id),
        ]),
        eb.and([
          eb("a_kind", "=", to.kind),
          eb("a_id", "=", to.id),
          eb("b_kind", "=", from.kind),
          eb("b_id", "=", from.id),
        ]),
      ]),
    )
    .executeTakeFirst();
  if (existing) throw conflict(fields.to, "links.taken");
  await trx
    .insertInto("record_links")
    .values({
      a_kind: from.kind,
      a_id: from.id,
      b_kind: to.kind,
      b_id: to.id,
      created_by: caller.user.id,
      created_at: now.toISOString(),
    })
    .execute();
  await appendAudit(trx, caller.actor, {
    action: "links.create",
    entityType: from.kind,
    entityId: from.id,
    orgUnit: source.orgUnit,
    after: { from: source.record.ref, to: target.record.ref, toKind: to.kind },
  });
  return { source, target };
}

/**
 * Links `from` to `to` unless they are linked already or `to` is not a record the caller may open: for a
 * reference typed by hand, which may name a record elsewhere in the bank.
 */
export async function linkIfVisible(
  trx: Transaction<Database>,
  caller: Caller,
  from: RecordRef,
  to: RecordRef,
  now: Date,
) {
  if (!(await visibleRecord(trx, caller, to))) return;
  const linked = await linkedRefs(trx, from);
  if (linked.some((r) => same(r, to))) return;
  await addLink(trx, caller, from, to, now);
}

/** The link API's command: one transaction, then both records' pages hear of it. */
export async function createLink(deps: Deps, caller: Caller, from: RecordRef, to: RecordRef) {
  const { source, target } = await deps.db
    .transaction()
    .execute((trx) => addLink(trx, caller, from, to, deps.now()));
  await deps.live.publish({
    topics: [...new Set([...orgTopics(source.orgUnit.path), ...orgTopics(target.orgUnit.path)])],
    event: { type: "links.updated" },
  });
}
