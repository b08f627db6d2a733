import type { Transaction } from "kysely";
import { type ProcedureAction, transition } from "../../domain/counter-exceptions/procedure.ts";
import type { FollowUpBody, HandleBody, VerifyBody } from "../../domain/counter-exceptions/schema.ts";
import { STATUS_LABELS, VERIFY_OUTCOME_LABELS } from "../../domain/counter-exceptions/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { AppError, invalid } from "../http/errors.ts";
import { orgTopics } from "../live/bus.ts";
import { notify } from "../notifications/notify.ts";
import { cancelDue, scheduleDue } from "../scheduler/scheduler.ts";
import { enabledType } from "./report.ts";
import { type ExceptionRow, getException, occurrencesInWindow } from "./store.ts";
import { mayVerifyAt } from "./verifiers.ts";

/** The scheduler kind of the follow-up reminder (跟进提醒). */
export const FOLLOW_UP_DUE = "counter_exception.follow_up_due";

type Trx = Transaction<Database>;
interface StepResult {
  row: ExceptionRow;
  topics: string[];
}

/**
 * One procedure step in one transaction: scope (404) → state machine and maker-checker (403/409/400) →
 * writes → timeline → audit; then, after the commit, the live ping.
 */
async function step(
  deps: Deps,
  caller: Caller,
  id: number,
  action: ProcedureAction,
  write: (trx: Trx, row: ExceptionRow, now: Date) => Promise<{ data: object; topics?: string[] }>,
) {
  const now = deps.now();
  const { row, topics } = await deps.db.transaction().execute(async (trx): Promise<StepResult> => {
    const before = await getException(trx, caller.scopePath, id);
    const actor = {
      id: caller.user.id,
      mayVerify: action.kind === "verify" && (await mayVerifyAt(trx, caller.user.role, before.org_path)),
    };
    const next = transition({ status: before.status, reportedBy: before.reported_by }, action, actor, now);
    if (!next.ok) {
      throw new AppError(
        next.status,
        next.key,
        { status: STATUS_LABELS[before.status][caller.locale], ...next.params },
        next.field,
      );
    }
    await trx.updateTable("counter_exceptions").set({ status: next.status }).where("id", "=", id).execute();
    const { data, topics = [] } = await write(trx, before, now);
    const stepName = next.status === "closed" ? "close" : action.kind;
    await trx
      .insertInto("counter_exception_events")
      .values({
        exception_id: id,
        step: stepName,
        actor_id: caller.user.id,
        at: now.toISOString(),
        data_json: JSON.stringify(data),
      })
      .execute();
    await appendAudit(trx, caller.actor, {
      action: `counter_exceptions.${stepName}`,
      entityType: "counter_exception",
      entityId: id,
      orgUnit: { id: before.org_unit_id, path: before.org_path },
      before: { status: before.status },
      after: { status: next.status, ...data },
    });
    return { row: await getException(trx, caller.scopePath, id), topics };
  });
  await deps.live.publish({
    topics: [...orgTopics(row.org_path), ...topics],
    event: { type: "counter_exception.updated", id: row.id },
  });
  return row;
}

/** Step 3 (核实): confirm (perhaps as another type), or reject as not an exception, with findings. */
export function verifyException(deps: Deps, caller: Caller, id: number, body: VerifyBody) {
  return step(deps, caller, id, { kind: "verify", outcome: body.outcome }, async (trx, row, now) => {
    let type = row.type;
    let patternCount = row.pattern_count;
    if (body.correctedType && body.correctedType !== row.type) {
      type = (await enabledType(trx, body.correctedType, "correctedType", caller)).code;
      patternCount = await occurrencesInWindow(trx, row.org_unit_id, type, new Date(row.reported_at));
      patternCount += 1;
    }
    await trx
      .updateTable("counter_exceptions")
      .set({
        type,
        pattern_count: patternCount,
        original_type: type === row.type ? null : row.type,
        verify_outcome: body.outcome,
        findings: body.findings,
        consultations_json: JSON.stringify(body.consultations ?? []),
        verified_by: caller.user.id,
        verified_at: now.toISOString(),
      })
      .where("id", "=", id)
      .execute();
    const outcome = VERIFY_OUTCOME_LABELS[body.outcome].zh;
    const topics = await notify(
      trx,
      [row.reported_by],
      {
        key: "notify.counter_exception_verified",
        params: { ref: row.ref, outcome },
        link: `/counter-exceptions/${id}`,
      },
      now,
    );
    return {
      data: {
        outcome: body.outcome,
        ...(type !== row.type && { correctedType: type, originalType: row.type }),
      },
      topics,
    };
  });
}

/** The person who took the corrective action: the recorder, or an active user of the exception's outlet. */
async function handlerAt(trx: Trx, row: ExceptionRow, caller: Caller, handledById?: number) {
  if (handledById === undefined || handledById === caller.user.id) return caller.user.id;
  const user = await trx
    .selectFrom("users")
    .select("id")
    .where("id", "=", handledById)
    .where("org_unit_id", "=", row.org_unit_id)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  if (!user) throw invalid("handledById", "counter_exceptions.handler_not_at_outlet");
  return user.id;
}

/** Step 4 (处理): what was done and by whom; the follow-up reminder is put on the schedule. */
export function handleException(deps: Deps, caller: Caller, id: number, body: HandleBody) {
  const action = { kind: "handle", followUpDueAt: body.followUpDueAt } as const;
  return step(deps, caller, id, action, async (trx, row, now) => {
    const handledBy = await handlerAt(trx, row, caller, body.handledById);
    const dueAt = new Date(body.followUpDueAt).toISOString();
    await trx
      .updateTable("counter_exceptions")
      .set({
        corrective_actions_json: JSON.stringify(body.actions),
        handling_detail: body.detail,
        handled_by: handledBy,
        handling_recorded_by: caller.user.id,
        handled_at: now.toISOString(),
        follow_up_due_at: dueAt,
      })
      .where("id", "=", id)
      .execute();
    await scheduleDue(trx, FOLLOW_UP_DUE, id, dueAt);
    return { data: { actions: body.actions, handledBy, followUpDueAt: dueAt } };
  });
}

/**
 * Step 5 (跟进): a follow-up note; with the confirmation that the problem is fully solved it closes the
 * exception, otherwise it sets the next due time and reminder.
 */
export function followUpException(deps: Deps, caller: Caller, id: number, body: FollowUpBody) {
  const action = { kind: "follow_up", fullyResolved: body.fullyResolved, nextDueAt: body.nextDueAt } as const;
  return step(deps, caller, id, action, async (trx, _row, now) => {
    await cancelDue(trx, FOLLOW_UP_DUE, id);
    if (body.fullyResolved) {
      await trx
        .updateTable("counter_exceptions")
        .set({ closed_at: now.toISOString(), follow_up_due_at: null })
        .where("id", "=", id)
        .execute();
      return { data: { note: body.note, fullyResolved: true } };
    }
    const dueAt = new Date(body.nextDueAt as string).toISOString();
    await trx
      .updateTable("counter_exceptions")
      .set({ follow_up_due_at: dueAt })
      .where("id", "=", id)
      .execute();
    await scheduleDue(trx, FOLLOW_UP_DUE, id, dueAt);
    return { data: { note: body.note, fullyResolved: false, nextDueAt: dueAt } };
  });
}
