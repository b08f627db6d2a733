import type { Transaction } from "kysely";
import { reminderAt } from "../../domain/counter-exceptions/deadlines.ts";
import type { Status } from "../../domain/counter-exceptions/vocabulary.ts";
import { pathIds } from "../../domain/org/units.ts";
import { appendAudit, SYSTEM_ACTOR } from "../audit/append.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { orgTopics } from "../live/bus.ts";
import { notify, usersWithRoles } from "../notifications/notify.ts";
import { replaceDue } from "../scheduler/scheduler.ts";
import { verifiersOf } from "./verifiers.ts";

type Trx = Transaction<Database>;

/** The two timed steps: verification (status reported) and handling (status verified). */
export type TimedStep = "verify" | "handle";

const AT_STEP: Record<TimedStep, Status> = { verify: "reported", handle: "verified" };

/** Scheduler kinds per timed step: the reminder on the due day and the escalation once it has passed. */
export const DEADLINE_KINDS = {
  verify: { reminder: "counter_exception.verify_reminder", overdue: "counter_exception.verify_overdue" },
  handle: { reminder: "counter_exception.handle_reminder", overdue: "counter_exception.handle_overdue" },
} as const;

const kindsOf = (step: TimedStep) => Object.values(DEADLINE_KINDS[step]);

/** Puts a step's reminder and escalation on the scheduler, in place of any pending ones. */
export async function scheduleStep(
  trx: Trx,
  id: number,
  step: TimedStep,
  dueAt: string,
  now: Date,
  timeZone: string,
) {
  const reminder = reminderAt(dueAt, now, timeZone);
  await replaceDue(trx, id, kindsOf(step), [
    ...(reminder ? [{ kind: DEADLINE_KINDS[step].reminder, dueAt: reminder }] : []),
    { kind: DEADLINE_KINDS[step].overdue, dueAt },
  ]);
}

/** The step was taken: its reminder and escalation are off the schedule. */
export const clearStep = (trx: Trx, id: number, step: TimedStep) => replaceDue(trx, id, kindsOf(step), []);

async function loadAt(trx: Trx, id: number, step: TimedStep) {
  const row = await trx
    .selectFrom("counter_exceptions as ce")
    .innerJoin("org_units as ou", "ou.id", "ce.org_unit_id")
    .select(["ce.id", "ce.ref", "ce.status", "ce.reported_by", "ce.org_unit_id", "ce.escalated_at"])
    .select(["ce.verify_due_at", "ce.handle_due_at", "ou.path", "ou.name"])
    .where("ce.id", "=", id)
    .executeTakeFirst();
  return row?.status === AT_STEP[step] ? row : undefined;
}

/** The managers of the sub-branch above an outlet (the nearest sub-branch on its path). */
async function subBranchManagers(trx: Trx, path: string): Promise<number[]> {
  const sub = await trx
    .selectFrom("org_units")
    .select("id")
    .where("id", "in", pathIds(path))
    .where("kind", "=", "sub_branch")
    .executeTakeFirst();
  return sub ? usersWithRoles(trx, [sub.id], ["manager"]) : [];
}

/**
 * On the due day the outlet's verifiers (and, for handling, the reporter) are reminded; when the step is
 * still not taken at its due time, the exception is marked escalated, the timeline and the audit log say so,
 * and the sub-branch's managers are told. A step taken in the meantime has already cleared both items.
 */
export function registerStepDeadlines(deps: Deps): void {
  const publish = (path: string, id: number, topics: string[]) => () =>
    deps.live.publish({
      topics: [...orgTopics(path), ...topics],
      event: { type: "counter_exception.updated", id },
    });
  for (const step of ["verify", "handle"] as const) {
    deps.scheduler.handle(DEADLINE_KINDS[step].reminder, async (trx, item, now) => {
      const row = await loadAt(trx, item.subjectId, step);
      if (!row) return;
      const recipients = await verifiersOf(trx, row.org_unit_id, row.path);
      if (step === "handle") recipients.push(row.reported_by);
      const topics = await notify(
        trx,
        recipients,
        {
          key: `notify.counter_exception_${step}_due`,
          params: { ref: row.ref },
          link: `/counter-exceptions/${row.id}`,
        },
        now,
      );
      return publish(row.path, row.id, topics);
    });
    deps.scheduler.handle(DEADLINE_KINDS[step].overdue, async (trx, item, now) => {
      const row = await loadAt(trx, item.subjectId, step);
      if (!row) return;
      const at = now.toISOString();
      await trx
        .updateTable("counter_exceptions")
        .set({ escalated_at: at })
        .where("id", "=", row.id)
        .execute();
      await trx
        .insertInto("counter_exception_events")
        .values({
          exception_id: row.id,
          step: "escalate",
          actor_id: null,
          at,
          data_json: JSON.stringify({ missed: step }),
        })
        .execute();
      await appendAudit(trx, SYSTEM_ACTOR, {
        action: "counter_exceptions.escalate",
        entityType: "counter_exception",
        entityId: row.id,
        orgUnit: { id: row.org_unit_id, path: row.path },
        before: { escalatedAt: row.escalated_at },
        after: { escalatedAt: at, missed: step },
      });
      const recipients = [
        ...(await subBranchManagers(trx, row.path)),
        ...(await verifiersOf(trx, row.org_unit_id, row.path)),
      ];
      const topics = await notify(
        trx,
        recipients,
        {
          key: `notify.counter_exception_${step}_overdue`,
          params: { ref: row.ref, outlet: row.name },
          link: `/counter-exceptions/${row.id}`,
        },
        now,
      );
      return publish(row.path, row.id, topics);
    });
  }
}
