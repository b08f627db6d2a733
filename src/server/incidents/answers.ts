import type { z } from "zod";
import { planTasks, yesAnswers } from "../../domain/incidents/answers.ts";
import { QUESTIONS, type QuestionKey } from "../../domain/incidents/categories.ts";
import { severityRules } from "../../domain/incidents/policy.ts";
import { redrawPlan } from "../../domain/incidents/redraw.ts";
import type { answerQuestionsBody } from "../../domain/incidents/schema.ts";
import { SEVERITY_LABELS, SEVERITY_RANK, suggestSeverity } from "../../domain/incidents/severity.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { audit, change, setLevel } from "./commands.ts";
import { recordEvent } from "./events.ts";
import { incidentPlaybook, taskRow } from "./playbook.ts";
import { loadPolicy } from "./settings.ts";

/**
 * Quick answers given or corrected while the incident runs (the crowd has passed 20, someone is now hurt):
 * the tasks and the level floor come from the playbook version the incident was reported under, so a playbook
 * published meanwhile does not change a running incident. The level only rises here; lowering it is a
 * commander's decision with a reason (changeSeverity).
 */
export async function answerQuestions(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof answerQuestionsBody>,
) {
  return change(deps, caller, id, async (trx, row, now) => {
    const before = JSON.parse(row.answers_json) as Partial<Record<QuestionKey, boolean>>;
    const answers = { ...before, ...body.answers };
    const changed = (Object.keys(body.answers) as QuestionKey[]).filter((k) => !!before[k] !== !!answers[k]);
    if (changed.length === 0) return;
    const playbook = await incidentPlaybook(trx, row);
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

    const policy = await loadPolicy(trx);
    const suggested = suggestSeverity(row.category, answers, severityRules(policy), playbook.content.answers);
    const raised = SEVERITY_RANK[suggested.severity] < SEVERITY_RANK[row.severity];
    const severity = raised ? suggested.severity : row.severity;
    if (raised) await setLevel(trx, row, suggested, policy.ackMinutes, now);
    await trx
      .updateTable("incidents")
      .set({ answers_json: JSON.stringify(answers), updated_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    const said = (lang: "zh" | "en") =>
      changed
        .map(
          (k) =>
            `${QUESTIONS[k][lang]}${answers[k] ? (lang === "zh" ? "是" : " yes") : lang === "zh" ? "否" : " no"}`,
        )
        .join(lang === "zh" ? "；" : "; ");
    await recordEvent(
      trx,
      id,
      caller.user.id,
      "answers",
      {
        answers: { zh: said("zh"), en: said("en") },
        severity: SEVERITY_LABELS[severity],
        added: String(added.length),
      },
      now,
    );
    await audit(
      trx,
      caller,
      row,
      "answer",
      { answers: before, severity: row.severity },
      {
        answers,
        yes: yesAnswers(answers),
        severity,
        tasksAdded: added.length,
        tasksRemoved: removed.length,
        playbookVersionId: playbook.versionId,
      },
    );
  });
}
