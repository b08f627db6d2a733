import type { Transaction } from "kysely";
import { handleDueAt } from "../../domain/counter-exceptions/deadlines.ts";
import { decideStep } from "../../domain/counter-exceptions/policy.ts";
import type { ProcedureAction } from "../../domain/counter-exceptions/procedure.ts";
import type { FollowUpBody, HandleBody, VerifyBody } from "../../domain/counter-exceptions/schema.ts";
import { STATUS_LABELS, VERIFY_OUTCOME_LABELS } from "../../domain/counter-exceptions/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import { loadCalendar } from "../calendar/store.ts";
import { type RecordKind, runCommand, statusParam } from "../common/command.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { invalid } from "../http/errors.ts";
import { notify } from "../notifications/notify.ts";
import { cancelDue, scheduleDue } from "../scheduler/scheduler.ts";
import { clearStep, scheduleStep } from "./deadlines.ts";
import { enabledType } from "./report.ts";
import { loadDeadlines } from "./settings.ts";
import { type ExceptionRow, getException, occurrencesInWindow } from "./store.ts";
import { alertTechSupport, SYSTEM_FAILURE } from "./tech-support.ts";
import { mayVerifyAt } from "./verifiers.ts";

/** The scheduler kind of the follow-up reminder (跟进提醒). */
export const FOLLOW_UP_DUE = "counter_exception.follow_up_due";

type Trx = Transaction<Database>;

export const exceptions: RecordKind<ExceptionRow, "counter_exceptions"> = {
  auditPrefix: "counter_exceptions",
  entityType: "counter_exception",
  liveEvent: "counter_exception.updated",
  load: getException,
  refusalParams: statusParam(STATUS_LABELS),
};

/** The asker of a step; whether they may verify at the exception's outlet is asked only for verification. */
async function askerOf(trx: Trx, caller: Caller, row: ExceptionRow, action: ProcedureAction) {
  const mayVerify = action.kind === "verify" && (await mayVerifyAt(trx, caller.user.role, row.org_path));
  return { id: caller.user.id, role: caller.user.role, mayVerify };
}

/**
 * One procedure step in the common frame (server/common/command.ts): the policy decides (maker-checker,
 * 403/409/400), then the status, the step's writes, its timeline entry and audit entry; answers the
 * exception as it now is.
 */
function step(
  deps: Deps,
  caller: Caller,
  id: number,
  action: ProcedureAction,
  write: (trx: Trx, row: ExceptionRow, now: Date) => Promise<{ data: object; topics?: string[] }>,
) {
  const decide = async (row: ExceptionRow, trx: Trx, now: Date) =>
    decideStep(
      await askerOf(trx, caller, row, action),
      { status: row.status, reportedBy: row.reported_by },
      action,
      now,
    );
  return runCommand(deps, caller, exceptions, id, decide, async ({ trx, row, next, now, audit }) => {
    await trx.updateTable("counter_exceptions").set({ status: next }).where("id", "=", id).execute();
    const { data, topics } = await write(trx, row, now);
    const stepName = next === "closed" ? "close" : action.kind;
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
    await audit(stepName, { status: row.status }, { status: next, ...data });
    return { result: await getException(trx, caller.scopePath, id), topics };
  });
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
    await clearStep(trx, id, "verify");
    const tz = deps.config.timeZone;
    const { handleWorkingDays } = await loadDeadlines(trx);
    const handleDue =
      body.outcome === "confirmed" ? handleDueAt(now, await loadCalendar(trx), tz, handleWorkingDays) : null;
    if (handleDue) await scheduleStep(trx, id, "handle", handleDue, now, tz);
    await trx
      .updateTable("counter_exceptions")
      .set({
        type,
        handle_due_at: handleDue,
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
    // A failure the teller filed as something else reaches tech support once the verifier says what it is.
    const techTopics =
      type === SYSTEM_FAILURE && row.type !== SYSTEM_FAILURE
        ? await alertTechSupport(
            trx,
            caller,
            { id, ref: row.ref, orgUnitId: row.org_unit_id, orgPath: row.org_path, outletName: row.org_name },
            now,
          )
        : [];
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
      topics: [...topics, ...techTopics],
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
    await clearStep(trx, id, "handle");
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
        .set({
          closed_at: now.toISOString(),
          follow_up_due_at: null,
          root_cause: body.rootCause ?? null,
          prevention: body.prevention ?? null,
        })
        .where("id", "=", id)
        .execute();
      const closing = { rootCause: body.rootCause, prevention: body.prevention };
      return { data: { note: body.note, fullyResolved: true, ...closing } };
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
