import type { Transaction } from "kysely";
import { RECTIFICATION_DUE } from "../../domain/inspections/vocabulary.ts";
import { appendAudit, SYSTEM_ACTOR } from "../audit/append.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { orgTopics } from "../live/bus.ts";
import { notify, usersWithRoles } from "../notifications/notify.ts";

async function loadOpen(trx: Transaction<Database>, id: number) {
  return trx
    .selectFrom("rectifications as rc")
    .innerJoin("inspections as i", "i.id", "rc.inspection_id")
    .innerJoin("inspection_results as r", "r.id", "rc.result_id")
    .innerJoin("org_units as ou", "ou.id", "rc.org_unit_id")
    .select([
      "rc.id",
      "rc.inspection_id",
      "rc.org_unit_id",
      "rc.owner_id",
      "rc.due_on",
      "rc.overdue_at",
      "i.ref",
      "i.inspector_id",
      "r.label_zh",
      "r.label_en",
      "ou.name",
      "ou.path",
      "ou.parent_id",
    ])
    .where("rc.id", "=", id)
    .where("rc.status", "=", "open")
    .executeTakeFirst();
}

/**
 * A rectification's owner is reminded the day before its due date; when the date passes with it still open,
 * it is marked overdue and escalated: the owner, the outlet head, the inspector and the sub-branch's managers
 * and officers are told. Closing the rectification takes both items off the schedule.
 */
export function registerRectificationDue(deps: Deps): void {
  deps.scheduler.handle(RECTIFICATION_DUE.reminder, async (trx, item, now) => {
    const rc = await loadOpen(trx, item.subjectId);
    if (!rc) return;
    const params = { ref: rc.ref, item: { zh: rc.label_zh, en: rc.label_en } };
    const notice = {
      key: "notify.rectification_due_tomorrow" as const,
      params,
      link: `/inspections/${rc.inspection_id}`,
    };
    const topics = await notify(trx, [rc.owner_id], notice, now);
    return () => deps.live.publish({ topics, event: { type: "inspection.updated", id: rc.inspection_id } });
  });

  deps.scheduler.handle(RECTIFICATION_DUE.overdue, async (trx, item, now) => {
    const rc = await loadOpen(trx, item.subjectId);
    if (!rc || rc.overdue_at !== null) return;
    await trx
      .updateTable("rectifications")
      .set({ overdue_at: now.toISOString() })
      .where("id", "=", rc.id)
      .execute();
    await appendAudit(trx, SYSTEM_ACTOR, {
      action: "rectifications.overdue",
      entityType: "rectification",
      entityId: rc.id,
      orgUnit: { id: rc.org_unit_id, path: rc.path },
      after: { dueOn: rc.due_on },
    });
    const heads = await usersWithRoles(trx, [rc.org_unit_id], ["outlet_head"]);
    const upper = rc.parent_id ? await usersWithRoles(trx, [rc.parent_id], ["manager", "cp_officer"]) : [];
    const params = {
      ref: rc.ref,
      unit: rc.name,
      item: { zh: rc.label_zh, en: rc.label_en },
      dueOn: rc.due_on,
    };
    const topics = await notify(
      trx,
      [rc.owner_id, rc.inspector_id, ...heads, ...upper],
      { key: "notify.rectification_overdue", params, link: `/inspections/${rc.inspection_id}` },
      now,
    );
    return () =>
      deps.live.publish({
        topics: [...orgTopics(rc.path), ...topics],
        event: { type: "inspection.updated", id: rc.inspection_id },
      });
  });
}
