import type { Transaction } from "kysely";
import { ROLE_LABELS } from "../../domain/auth/roles.ts";
import { mayCommand } from "../../domain/incidents/policy.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { AppError, notFound } from "../http/errors.ts";
import { notify } from "../notifications/notify.ts";
import { audit, change, drillParam } from "./commands.ts";
import { recordEvent } from "./events.ts";
import { colleagueFor, holdsCommander } from "./store.ts";

async function loadTask(trx: Transaction<Database>, incidentId: number, taskId: number) {
  const task = await trx
    .selectFrom("incident_tasks")
    .leftJoin("users", "users.id", "incident_tasks.assigned_to")
    .selectAll("incident_tasks")
    .select("users.display_name as assignee_name")
    .where("incident_tasks.id", "=", taskId)
    .where("incident_id", "=", incidentId)
    .executeTakeFirst();
  if (!task) throw notFound();
  return task;
}

/** Whether the caller may command this incident: by their job role or by holding its commander role. */
export async function callerCommands(
  trx: Transaction<Database>,
  caller: Caller,
  incidentId: number,
): Promise<boolean> {
  const roles = await trx
    .selectFrom("incident_roles")
    .select(["role", "user_id"])
    .where("incident_id", "=", incidentId)
    .execute();
  return mayCommand(caller.user.role, holdsCommander(caller.user.id, roles));
}

/**
 * Completes a task with an optional note: its own role or the person it was handed to may, and so may the
 * commander for anyone, so that one absent person never holds up the closing. The timeline says for whom.
 */
export async function completeTaskWithNote(
  deps: Deps,
  caller: Caller,
  id: number,
  taskId: number,
  note: string | undefined,
) {
  return change(deps, caller, id, async (trx, row, now) => {
    const task = await loadTask(trx, id, taskId);
    if (task.done_at) return;
    const own =
      task.assigned_to === caller.user.id || (task.assigned_to === null && task.role === caller.user.role);
    if (!own && !(await callerCommands(trx, caller, id)))
      throw new AppError(403, "incidents.task_not_yours", { role: ROLE_LABELS[task.role][caller.locale] });
    await trx
      .updateTable("incident_tasks")
      .set({ done_at: now.toISOString(), done_by: caller.user.id, note: note || null })
      .where("id", "=", taskId)
      .execute();
    const text = JSON.parse(task.text_json);
    if (own) {
      await recordEvent(trx, id, caller.user.id, "task_done", { task: text }, now);
      if (note) await recordEvent(trx, id, caller.user.id, "note", { text: note }, now);
    } else {
      await recordEvent(
        trx,
        id,
        caller.user.id,
        "task_done_for",
        {
          for: task.assignee_name ?? ROLE_LABELS[task.role],
          task: text,
          note: note ? { zh: `（${note}）`, en: ` (${note})` } : "",
        },
        now,
      );
    }
    await audit(
      trx,
      caller,
      row,
      "task_done",
      { taskId, done: false },
      { taskId, done: true, note: note ?? null, forRole: own ? null : task.role },
    );
  });
}

/** The commander hands a task to one person of the incident's unit or above; they are told in their inbox. */
export async function handOverTask(deps: Deps, caller: Caller, id: number, taskId: number, userId: number) {
  const topics = await change(deps, caller, id, async (trx, row, now) => {
    if (!(await callerCommands(trx, caller, id))) throw new AppError(403, "incidents.commander_only");
    const task = await loadTask(trx, id, taskId);
    if (task.done_at) throw new AppError(409, "incidents.task_already_done");
    const user = await colleagueFor(trx, row, userId);
    await trx.updateTable("incident_tasks").set({ assigned_to: userId }).where("id", "=", taskId).execute();
    const text = JSON.parse(task.text_json);
    await recordEvent(trx, id, caller.user.id, "task_assigned", { user: user.display_name, task: text }, now);
    await audit(
      trx,
      caller,
      row,
      "task_hand_over",
      { taskId, assignedTo: task.assigned_to },
      { taskId, assignedTo: userId },
    );
    if (userId === caller.user.id) return [];
    return notify(
      trx,
      [userId],
      {
        key: "notify.incident_task_assigned",
        params: { drill: drillParam(row.drill === 1), ref: row.ref, task: text },
        link: `/incidents/${id}`,
      },
      now,
    );
  });
  await deps.live.publish({ topics, event: { type: "notification.new" } });
}
