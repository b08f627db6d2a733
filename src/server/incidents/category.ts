import type { z } from "zod";
import { planTasks } from "../../domain/incidents/answers.ts";
import { CATEGORIES } from "../../domain/incidents/categories.ts";
import { addMinutes } from "../../domain/incidents/lifecycle.ts";
import { mayCommand, severityRules } from "../../domain/incidents/policy.ts";
import { redrawPlan } from "../../domain/incidents/redraw.ts";
import type { changeCategoryBody } from "../../domain/incidents/schema.ts";
import { SEVERITY_LABELS, suggestSeverity } from "../../domain/incidents/severity.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { AppError, invalid } from "../http/errors.ts";
import { cancelDue, scheduleDue } from "../scheduler/scheduler.ts";
import { audit, change, setLevel } from "./commands.ts";
import { scheduleDailyUpdate } from "./daily-update.ts";
import { REPORT_DUE } from "./due.ts";
import { recordEvent } from "./events.ts";
import { currentPlaybook, taskRow } from "./playbook.ts";
import { loadPolicy } from "./settings.ts";
import { holdsCommander } from "./store.ts";

/**
 * The commander corrects what was reported (a complaint that turns out to involve a knife is a threat to
 * staff): the level is suggested again from the new category and the same answers, the playbook is re-drawn
 * (done tasks stay done, the new category's are added), and the deadlines still running follow the new level.
 */
export async function changeCategory(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof changeCategoryBody>,
) {
  return change(deps, caller, id, async (trx, row, now) => {
    const roles = await trx
      .selectFrom("incident_roles")
      .select(["role", "user_id"])
      .where("incident_id", "=", id)
      .execute();
    if (!mayCommand(caller.user.role, holdsCommander(caller.user.id, roles)))
      throw new AppError(403, "incidents.commander_only");
    if (body.category === row.category) throw new AppError(409, "incidents.same_category", {}, "category");
    const policy = await loadPolicy(trx);
    if (policy.disabledCategories.includes(body.category))
      throw invalid("category", "incidents.category_disabled");

    const answers = JSON.parse(row.answers_json);
    // A new category is a new plan, drawn from the playbook of that category that applies now.
    const playbook = await currentPlaybook(trx, row.org_path, body.category);
    const rules = severityRules(policy);
    const { severity, reason } = suggestSeverity(body.category, answers, rules, playbook.content.answers);
    const existing = await trx
      .selectFrom("incident_tasks")
      .select(["id", "template_key", "step", "done_at"])
      .where("incident_id", "=", id)
      .execute();
    const { slots, removed } = redrawPlan(
      planTasks(playbook.content, answers),
      existing.map((t) => ({ id: t.id, key: t.template_key, step: t.step, done: t.done_at !== null })),
    );
    if (removed.length > 0) await trx.deleteFrom("incident_tasks").where("id", "in", removed).execute();
    const added = slots.flatMap((slot, position) => ("add" in slot ? [taskRow(id, slot.add, position)] : []));
    if (added.length > 0) await trx.insertInto("incident_tasks").values(added).execute();
    for (const [position, slot] of slots.entries())
      if ("id" in slot)
        await trx.updateTable("incident_tasks").set({ position }).where("id", "=", slot.id).execute();

    await setLevel(trx, row, { severity, reason, category: body.category }, policy.ackMinutes, now);
    await trx
      .updateTable("incidents")
      .set({ playbook_version_id: playbook.versionId })
      .where("id", "=", id)
      .execute();
    const initialSent = await trx
      .selectFrom("incident_reports")
      .select("id")
      .where("incident_id", "=", id)
      .where("stage", "=", "initial")
      .executeTakeFirst();
    if (!initialSent) {
      await cancelDue(trx, REPORT_DUE, id);
      await scheduleDue(
        trx,
        REPORT_DUE,
        id,
        addMinutes(row.reported_at, policy.initialReportMinutes[severity]),
      );
    }
    await scheduleDailyUpdate(trx, id, body.category, now.toISOString());
    await recordEvent(
      trx,
      id,
      caller.user.id,
      "category",
      {
        from: CATEGORIES[row.category].label,
        to: CATEGORIES[body.category].label,
        reason: body.reason,
        severity: SEVERITY_LABELS[severity],
        added: String(added.length),
      },
      now,
    );
    await audit(
      trx,
      caller,
      row,
      "category_change",
      { category: row.category, severity: row.severity },
      {
        category: body.category,
        severity,
        reason: body.reason,
        tasksAdded: added.length,
        tasksRemoved: removed.length,
        playbookVersionId: playbook.versionId,
      },
    );
  });
}
