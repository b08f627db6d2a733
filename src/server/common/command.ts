import type { Transaction } from "kysely";
import type { AuditAction, EntityType, VerbOf } from "../../domain/audit/actions.ts";
import type { Refusal, Transition } from "../../domain/common/transition.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { AppError } from "../http/errors.ts";
import { orgTopics } from "../live/bus.ts";

type Trx = Transaction<Database>;

/** What the frame needs of any record: its id and the unit it belongs to (scope, audit chain, live topics). */
export interface ScopedRecord {
  id: number;
  org_unit_id: number;
  org_path: string;
}

/** A stateful record family, described once per feature and passed to every command of it. */
export interface RecordKind<R extends ScopedRecord, P extends string = string> {
  /** Prefix of its audit actions (`complaints` → `complaints.assign`). */
  auditPrefix: P;
  /** Its entity type in the audit log. */
  entityType: EntityType;
  /** The live event published to the record's units after commit; none when nobody watches it live. */
  liveEvent?: string;
  /** The record inside the caller's subtree; throws the 404 outside it. */
  load(trx: Trx, scopePath: string, id: number): Promise<R>;
  /** Placeholders of its refusal messages, e.g. the current status in the caller's language. */
  refusalParams?(row: R, caller: Caller): Record<string, string>;
  /** Runs after every command's work in the same transaction, e.g. a statistics rollup. */
  afterWork?(trx: Trx, row: R): Promise<void>;
}

export interface CommandContext<R, S, P extends string = string> {
  trx: Trx;
  /** The record as it was loaded, before the work. */
  row: R;
  /** The state the domain transition leads to. */
  next: S;
  now: Date;
  /** Appends the audit entry `<auditPrefix>.<verb>` for this record in the same transaction. */
  audit(verb: VerbOf<P>, before: unknown, after: unknown): Promise<void>;
}

/** The work's answer to the caller and any further live topics (the inboxes of the users it notified). */
export interface CommandDone<T> {
  result: T;
  topics?: string[];
}

/** `refusalParams` that fill `{status}` with the record's status in the caller's language. */
export const statusParam =
  <St extends string>(labels: Record<St, { zh: string; en: string }>) =>
  (row: { status: St }, caller: Caller) => ({ status: labels[row.status][caller.locale] });

/** The refusal of a domain rule as the error the caller receives. */
export function refusalError(refusal: Refusal, params: Record<string, string> = {}): AppError {
  return new AppError(refusal.status, refusal.key, { ...params, ...refusal.params }, refusal.field);
}

/** Appends one audit entry about `row`, inside `trx`. */
export function auditRecord<R extends ScopedRecord, P extends string>(
  trx: Trx,
  caller: Caller,
  kind: RecordKind<R, P>,
  row: R,
  verb: VerbOf<P>,
  before: unknown,
  after: unknown,
): Promise<void> {
  return appendAudit(trx, caller.actor, {
    // VerbOf<P> holds only the verbs that make a known action with P, which TypeScript cannot see here.
    action: `${kind.auditPrefix}.${verb}` as AuditAction,
    entityType: kind.entityType,
    entityId: row.id,
    orgUnit: { id: row.org_unit_id, path: row.org_path },
    before,
    after,
  });
}

/**
 * The one frame of a state change: in one transaction, the scoped load (404 outside the caller's subtree),
 * the domain transition (its refusal becomes the error), the work with its audit entry, and the kind's
 * `afterWork`; after the commit, the live event to the record's units and the topics the work returned.
 */
export async function runCommand<R extends ScopedRecord, S, T, P extends string>(
  deps: Deps,
  caller: Caller,
  kind: RecordKind<R, P>,
  id: number,
  transition: (row: R, trx: Trx, now: Date) => Transition<S> | Promise<Transition<S>>,
  work: (ctx: CommandContext<R, S, P>) => Promise<CommandDone<T>>,
): Promise<T> {
  const now = deps.now();
  const { done, path } = await deps.db.transaction().execute(async (trx) => {
    const row = await kind.load(trx, caller.scopePath, id);
    const outcome = await transition(row, trx, now);
    if (!outcome.ok) throw refusalError(outcome.refusal, kind.refusalParams?.(row, caller));
    const done = await work({
      trx,
      row,
      next: outcome.next,
      now,
      audit: (verb, before, after) => auditRecord(trx, caller, kind, row, verb, before, after),
    });
    await kind.afterWork?.(trx, row);
    return { done, path: row.org_path };
  });
  if (kind.liveEvent) {
    await deps.live.publish({
      topics: [...orgTopics(path), ...(done.topics ?? [])],
      event: { type: kind.liveEvent, id },
    });
  }
  return done.result;
}
