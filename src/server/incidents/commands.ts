import type { Transaction } from "kysely";
import type { z } from "zod";
import type { VerbOf } from "../../domain/audit/actions.ts";
import { ROLE_LABELS } from "../../domain/auth/roles.ts";
import { planTasks } from "../../domain/incidents/answers.ts";
import { CATEGORIES, type CategoryCode } from "../../domain/incidents/categories.ts";
import { addMinutes, STATUS_LABELS, type TransitionAction } from "../../domain/incidents/lifecycle.ts";
import { decideChange, decideStep, mayAssignRole, severityRules } from "../../domain/incidents/policy.ts";
import {
  INCIDENT_ROLE_LABELS,
  type IncidentRole,
  type reportIncidentBody,
  type reviewBody,
  type severityBody,
} from "../../domain/incidents/schema.ts";
import { SEVERITY_LABELS, type Severity, suggestSeverity } from "../../domain/incidents/severity.ts";
import { incidentKind } from "../../domain/notifications/vocabulary.ts";
import type { OrgUnit } from "../../domain/org/schema.ts";
import { pathIds } from "../../domain/org/units.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { auditRecord, type RecordKind, runCommand, statusParam } from "../common/command.ts";
import { assignRef, provisionalRef } from "../db/refs.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { AppError, forbidden, invalid, notFound } from "../http/errors.ts";
import { addLink, lockChainsForLink } from "../links/commands.ts";
import { orgTopics } from "../live/bus.ts";
import { notify, usersWithRoles } from "../notifications/notify.ts";
import { settleRef } from "../notifications/outbox/enqueue.ts";
import { getOrgUnit } from "../org/store.ts";
import { cancelDue, scheduleDue } from "../scheduler/scheduler.ts";
import { assertFinalReportSent } from "./closing.ts";
import { scheduleDailyUpdate } from "./daily-update.ts";
import { ACK_DUE, REPORT_DUE } from "./due.ts";
import { recordEvent } from "./events.ts";
import { currentPlaybook, taskRow } from "./playbook.ts";
import { loadPolicy } from "./settings.ts";
import {
  colleagueFor,
  coveredOutlets,
  getIncidentRow,
  type IncidentChildren,
  type IncidentRow,
} from "./store.ts";

/** Every notice about a drill says so up front. */
export const drillParam = (drill: boolean) => (drill ? { zh: "【演练】", en: "[DRILL] " } : "");

/** Incidents as the command frame sees them; a command with its own transition passes this to runCommand. */
export const incidentRecords: RecordKind<IncidentRow, "incidents"> = {
  auditPrefix: "incidents",
  entityType: "incident",
  liveEvent: "incident.updated",
  load: getIncidentRow,
  refusalParams: statusParam(STATUS_LABELS),
};

/** Runs one change to an open incident in the common frame (server/common/command.ts). */
export function change<T>(
  deps: Deps,
  caller: Caller,
  id: number,
  work: (trx: Transaction<Database>, row: IncidentRow, now: Date) => Promise<T>,
): Promise<T> {
  return runCommand(
    deps,
    caller,
    incidentRecords,
    id,
    (row) => decideChange(row.status),
    async ({ trx, row, now }) => ({
      result: await work(trx, row, now),
      // The boards of the other outlets the event covers follow it live too.
      topics: (await coveredOutlets(trx, row.id)).flatMap((o) => orgTopics(o.path)),
    }),
  );
}

export const audit = (
  trx: Transaction<Database>,
  caller: Caller,
  row: IncidentRow,
  action: VerbOf<"incidents">,
  before: unknown,
  after: unknown,
) => auditRecord(trx, caller, incidentRecords, row, action, before, after);

/** What `writeIncident` needs besides the report: where, by whom, and under which reference. */
export interface IncidentToWrite {
  body: z.infer<typeof reportIncidentBody>;
  unit: OrgUnit;
  ref: string;
  now: Date;
  reportedBy: number;
}

/**
 * The rows a report writes, whoever reports: severity suggested from the category and answers, the
 * playbook drawn from the category and the answers, the acknowledgement and first-report deadlines
 * scheduled, and the outlet head and the sub-branch told at once (the branch too for Ⅰ–Ⅱ). Checking the
 * caller and the audit entry are the command's; the bench's floor (bench/floor-server.ts) runs this alone. Answers
 * the notified users' topics.
 */
export async function writeIncident(trx: Transaction<Database>, w: IncidentToWrite) {
  const { body, unit, now } = w;
  const policy = await loadPolicy(trx);
  if (policy.disabledCategories.includes(body.category))
    throw invalid("category", "incidents.category_disabled");
  const answers = body.answers ?? {};
  const playbook = await currentPlaybook(trx, unit.path, body.category);
  const suggestion = suggestSeverity(body.category, answers, severityRules(policy), playbook.content.answers);
  const severity = body.severity ?? suggestion.severity;
  const reason =
    severity === suggestion.severity
      ? suggestion.reason
      : { zh: "报告人现场判断", en: "The reporter's judgement on site" };
  const reportedAt = now.toISOString();
  const ackDueAt = addMinutes(reportedAt, policy.ackMinutes[severity]);
  const drill = body.drill ?? false;
  const inserted = await trx
    .insertInto("incidents")
    .values({
      ref: w.ref,
      org_unit_id: unit.id,
      category: body.category,
      summary: body.summary,
      answers_json: JSON.stringify(answers),
      severity,
      severity_reason_json: JSON.stringify(reason),
      status: "reported",
      drill: drill ? 1 : 0,
      reported_by: w.reportedBy,
      reported_at: reportedAt,
      ack_due_at: ackDueAt,
      escalation_level: 0,
      updated_at: reportedAt,
      playbook_version_id: playbook.versionId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const id = inserted.id;
  const tasks = await trx
    .insertInto("incident_tasks")
    .values(planTasks(playbook.content, answers).map((task, position) => taskRow(id, task, position)))
    .returning(["id", "step", "template_key", "text_json", "role", "done_at"])
    .execute();
  await recordEvent(trx, id, w.reportedBy, "reported", { severity: SEVERITY_LABELS[severity], reason }, now);
  await scheduleDue(trx, ACK_DUE, id, ackDueAt);
  await scheduleDue(trx, REPORT_DUE, id, addMinutes(reportedAt, policy.initialReportMinutes[severity]));
  await scheduleDailyUpdate(trx, id, body.category, reportedAt);

  const ancestors = pathIds(unit.path).reverse();
  const heads = await usersWithRoles(trx, [unit.id], ["outlet_head"]);
  // The sub-branch always (seed 002: every event goes to the outlet head and the sub-branch); Ⅰ–Ⅱ the branch too.
  const upper = await usersWithRoles(trx, ancestors.slice(1, severity === "III" ? 2 : 3), ["manager"]);
  const userTopics = await notify(
    trx,
    [...heads, ...upper].filter((u) => u !== w.reportedBy),
    {
      key: "notify.incident_reported",
      params: {
        drill: drillParam(drill),
        severity: SEVERITY_LABELS[severity],
        unit: unit.name,
        category: CATEGORIES[body.category].label,
        summary: body.summary,
      },
      link: `/incidents/${id}`,
      outbound: {
        kind: incidentKind(severity),
        orgUnitId: unit.id,
        unitName: unit.name,
        ref: w.ref,
        subject: CATEGORIES[body.category].label.zh,
        level: severity,
        drill,
        link: `/incidents/${id}`,
      },
    },
    now,
  );
  return { inserted, tasks, playbook: playbook.content, userTopics };
}

/**
 * The new incident as `presentIncident` takes it, from what `writeIncident` wrote: tasks in playbook order,
 * nobody in a role yet, no other outlet covered.
 */
export function reported(
  {
    inserted,
    tasks,
    playbook,
  }: Pick<Awaited<ReturnType<typeof writeIncident>>, "inserted" | "tasks" | "playbook">,
  unit: OrgUnit,
  reporterName: string,
): { row: IncidentRow; children: IncidentChildren } {
  const row: IncidentRow = {
    ...inserted,
    org_name: unit.name,
    org_path: unit.path,
    reporter_name: reporterName,
  };
  // Ids follow the insert, i.e. the playbook order; RETURNING promises no order on SQLite.
  const ordered = [...tasks].sort((a, b) => a.id - b.id);
  const children = ordered.map((t) => ({
    ...t,
    done_by_name: null,
    note: null,
    assigned_to: null,
    assignee_name: null,
  }));
  return { row, children: { tasks: children, roles: [], outlets: [], playbook } };
}

/** A new report from an outlet in the caller's subtree (see `writeIncident`), audited, with its answer. */
export async function reportIncident(
  deps: Deps,
  caller: Caller,
  body: z.infer<typeof reportIncidentBody>,
): Promise<{ row: IncidentRow; children: IncidentChildren }> {
  const now = deps.now();
  const { row, children, userTopics } = await deps.db.transaction().execute(async (trx) => {
    const unit = await getOrgUnit(trx, caller.scopePath, body.orgUnitId ?? caller.user.orgUnit.id).catch(
      (): never => {
        throw invalid("orgUnitId", "not_found");
      },
    );
    if (unit.kind !== "outlet") throw invalid("orgUnitId", "incidents.unit_not_outlet");
    const provisional = provisionalRef();
    const { inserted, tasks, playbook, userTopics } = await writeIncident(trx, {
      body,
      unit,
      ref: provisional,
      now,
      reportedBy: caller.user.id,
    });
    if (body.linkFrom) await lockChainsForLink(trx, caller, body.linkFrom, unit.path);
    await appendAudit(trx, caller.actor, {
      action: "incidents.report",
      entityType: "incident",
      entityId: inserted.id,
      orgUnit: unit,
      after: {
        category: body.category,
        summary: body.summary,
        severity: inserted.severity,
        answers: body.answers ?? {},
        drill: body.drill ?? false,
        playbookVersionId: inserted.playbook_version_id,
      },
    });
    // The day's number last, as a registration takes it (complaints/register.ts), then into the deliveries and
    // the link's entry that quote it.
    const ref = await assignRef(trx, "incidents", inserted.id, "INC", now, deps.config.timeZone);
    await settleRef(trx, provisional, ref, now);
    if (body.linkFrom) {
      const fields = { from: "linkFrom", to: "linkFrom" };
      await addLink(trx, caller, body.linkFrom, { kind: "incident", id: inserted.id }, now, fields);
    }
    return {
      ...reported({ inserted: { ...inserted, ref }, tasks, playbook }, unit, caller.user.displayName),
      userTopics,
    };
  });
  // Boards and rooms hear of the incident, inboxes of the notice; one event per stream each.
  await deps.live.publish(
    { topics: orgTopics(row.org_path), event: { type: "incident.updated", id: row.id } },
    { topics: userTopics, event: { type: "notification.new" } },
  );
  return { row, children };
}

export async function transitionIncident(
  deps: Deps,
  caller: Caller,
  id: number,
  action: TransitionAction,
  note?: string,
) {
  const step = async (row: IncidentRow, trx: Transaction<Database>) => {
    const open = await trx
      .selectFrom("incident_tasks")
      .select("id")
      .where("incident_id", "=", id)
      .where("step", "=", "follow_up")
      .where("done_at", "is", null)
      .executeTakeFirst();
    const state = {
      status: row.status,
      followUpDone: open === undefined,
      reviewed: row.review_json !== null,
    };
    return decideStep(caller.user.role, state, action);
  };
  return runCommand(deps, caller, incidentRecords, id, step, async ({ trx, row, next, now, audit }) => {
    if (action === "close") await assertFinalReportSent(trx, caller, row);
    const at = now.toISOString();
    await trx
      .updateTable("incidents")
      .set({
        status: next,
        updated_at: at,
        ...(action === "acknowledge" && { acknowledged_at: at, acknowledged_by: caller.user.id }),
        ...(action === "respond" && { responding_at: at }),
        ...(action === "stabilise" && { stabilised_at: at }),
        ...(action === "close" && { closed_at: at }),
      })
      .where("id", "=", id)
      .execute();
    if (action === "acknowledge") await cancelDue(trx, ACK_DUE, id);
    await recordEvent(trx, id, caller.user.id, action, {}, now);
    if (note) await recordEvent(trx, id, caller.user.id, "note", { text: note }, now);
    await audit(action, { status: row.status }, { status: next, note });
    return { result: undefined };
  });
}

/** Ticks a playbook task; only the role it belongs to may. */
export async function completeTask(deps: Deps, caller: Caller, id: number, taskId: number) {
  return change(deps, caller, id, async (trx, row, now) => {
    const task = await trx
      .selectFrom("incident_tasks")
      .selectAll()
      .where("id", "=", taskId)
      .where("incident_id", "=", id)
      .executeTakeFirst();
    if (!task) throw notFound();
    if (task.role !== caller.user.role) {
      throw new AppError(403, "incidents.task_role", { role: ROLE_LABELS[task.role][caller.locale] });
    }
    if (task.done_at) return;
    await trx
      .updateTable("incident_tasks")
      .set({ done_at: now.toISOString(), done_by: caller.user.id })
      .where("id", "=", taskId)
      .execute();
    const text = JSON.parse(task.text_json);
    await recordEvent(trx, id, caller.user.id, "task_done", { task: text }, now);
    await audit(trx, caller, row, "task_done", { taskId, done: false }, { taskId, done: true });
  });
}

/**
 * Writes a new level (and category, when it changed too). While nobody has acknowledged, the
 * acknowledgement deadline follows the new level; one already past fires at the next tick.
 */
export async function setLevel(
  trx: Transaction<Database>,
  row: IncidentRow,
  level: { severity: Severity; reason: { zh: string; en: string }; category?: CategoryCode },
  ackMinutes: Record<Severity, number>,
  now: Date,
) {
  const ackDueAt = row.acknowledged_at
    ? row.ack_due_at
    : addMinutes(row.reported_at, ackMinutes[level.severity]);
  await trx
    .updateTable("incidents")
    .set({
      ...(level.category ? { category: level.category } : {}),
      severity: level.severity,
      severity_reason_json: JSON.stringify(level.reason),
      ack_due_at: ackDueAt,
      updated_at: now.toISOString(),
    })
    .where("id", "=", row.id)
    .execute();
  if (!row.acknowledged_at) {
    await cancelDue(trx, ACK_DUE, row.id);
    await scheduleDue(trx, ACK_DUE, row.id, ackDueAt);
  }
}

/** Changes the level with a reason; an unacknowledged report gets the new level's deadline. */
export async function changeSeverity(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof severityBody>,
) {
  return change(deps, caller, id, async (trx, row, now) => {
    if (body.severity === row.severity) return;
    const reason = { zh: body.reason, en: body.reason };
    const { ackMinutes } = await loadPolicy(trx);
    await setLevel(trx, row, { severity: body.severity, reason }, ackMinutes, now);
    await recordEvent(
      trx,
      id,
      caller.user.id,
      "severity",
      { from: SEVERITY_LABELS[row.severity], to: SEVERITY_LABELS[body.severity], reason: body.reason },
      now,
    );
    await audit(
      trx,
      caller,
      row,
      "severity_change",
      { severity: row.severity },
      { severity: body.severity, reason: body.reason },
    );
  });
}

export async function addNote(deps: Deps, caller: Caller, id: number, text: string) {
  return change(deps, caller, id, async (trx, row, now) => {
    await recordEvent(trx, id, caller.user.id, "note", { text }, now);
    await audit(trx, caller, row, "note", null, { text });
  });
}

/**
 * Gives an incident role (commander, on scene, communications) to a user of the incident's unit or a unit
 * above it, as the incident policy allows (`mayAssignRole`).
 */
export async function assignRole(deps: Deps, caller: Caller, id: number, role: IncidentRole, userId: number) {
  return change(deps, caller, id, async (trx, row, now) => {
    const current = await trx
      .selectFrom("incident_roles")
      .selectAll()
      .where("incident_id", "=", id)
      .where("role", "=", role)
      .executeTakeFirst();
    const who = {
      selfTake: userId === caller.user.id && !current,
      holdsIt: current?.user_id === caller.user.id,
    };
    if (!mayAssignRole(caller.user.role, who)) throw forbidden();
    const user = await colleagueFor(trx, row, userId);
    await trx.deleteFrom("incident_roles").where("incident_id", "=", id).where("role", "=", role).execute();
    await trx
      .insertInto("incident_roles")
      .values({ incident_id: id, role, user_id: userId, assigned_at: now.toISOString() })
      .execute();
    await recordEvent(
      trx,
      id,
      caller.user.id,
      "role",
      { user: user.display_name, role: INCIDENT_ROLE_LABELS[role] },
      now,
    );
    await audit(trx, caller, row, "role_assign", current ? { role, userId: current.user_id } : null, {
      role,
      userId,
    });
  });
}

/** The review (复盘) written once the situation is under control; closing needs it. */
export async function submitReview(deps: Deps, caller: Caller, id: number, body: z.infer<typeof reviewBody>) {
  return change(deps, caller, id, async (trx, row, now) => {
    if (row.status !== "stabilised") {
      throw new AppError(409, "incidents.wrong_status", { status: STATUS_LABELS[row.status][caller.locale] });
    }
    await trx
      .updateTable("incidents")
      .set({ review_json: JSON.stringify(body), updated_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await recordEvent(trx, id, caller.user.id, "review", {}, now);
    await audit(trx, caller, row, "review", row.review_json ? JSON.parse(row.review_json) : null, body);
  });
}
