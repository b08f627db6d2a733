import { pathIds } from "../../domain/org/units.ts";
import { appendAudit, SYSTEM_ACTOR } from "../audit/append.ts";
import type { Deps } from "../http/deps.ts";
import { orgTopics } from "../live/bus.ts";
import { notify } from "../notifications/notify.ts";
import { scheduleDue } from "../scheduler/scheduler.ts";
import { drillParam, LIVE_EVENT } from "./create.ts";
import { REPORT_DUE, VERIFY_DUE } from "./due.ts";
import { recordEntry } from "./entries.ts";
import { handlersOf, managersAbove } from "./people.ts";
import { loadOpinionPolicy } from "./settings.ts";

/**
 * When a deadline passes with its step not done, the people working the event are reminded and the
 * management one level further up is told; the clock then runs again for the next level, as for incidents,
 * until the top of the tree.
 */
export function registerOpinionEscalation({ scheduler, live }: Deps): void {
  for (const kind of [VERIFY_DUE, REPORT_DUE] as const) {
    const verify = kind === VERIFY_DUE;
    scheduler.handle(kind, async (trx, item, now) => {
      const row = await trx
        .selectFrom("opinion_events as e")
        .innerJoin("org_units as ou", "ou.id", "e.org_unit_id")
        .select(["e.id", "e.ref", "e.status", "e.level", "e.drill", "e.reported_to_branch_at"])
        .select(["e.verify_escalations", "e.report_escalations", "ou.id as unit_id", "ou.name", "ou.path"])
        .where("e.id", "=", item.subjectId)
        .executeTakeFirst();
      if (!row || row.status === "closed") return;
      if (verify ? row.status !== "verification" : row.reported_to_branch_at !== null) return;
      const levels = (verify ? row.verify_escalations : row.report_escalations) + 1;
      await trx
        .updateTable("opinion_events")
        .set(verify ? { verify_escalations: levels } : { report_escalations: levels })
        .where("id", "=", row.id)
        .execute();
      await recordEntry(
        trx,
        row.id,
        null,
        "overdue",
        { deadline: verify ? "verify" : "report", levels },
        now,
      );
      await appendAudit(trx, SYSTEM_ACTOR, {
        action: "opinion.escalate",
        entityType: "opinion_event",
        entityId: row.id,
        orgUnit: { id: row.unit_id, path: row.path },
        after: { deadline: verify ? "verify" : "report", levels },
      });
      const recipients = [
        ...(await handlersOf(trx, row.path)),
        ...(await managersAbove(trx, row.path, levels)),
      ];
      const topics = await notify(
        trx,
        recipients,
        {
          key: verify ? "notify.opinion_verify_overdue" : "notify.opinion_report_overdue",
          params: { drill: drillParam(row.drill === 1), ref: row.ref, unit: row.name },
          link: `/opinion/${row.id}`,
        },
        now,
      );
      if (levels < pathIds(row.path).length - 1) {
        const policy = await loadOpinionPolicy(trx);
        const minutes = (verify ? policy.verifyMinutes : policy.reportMinutes)[row.level];
        await scheduleDue(trx, kind, row.id, new Date(now.getTime() + minutes * 60_000).toISOString());
      }
      return () =>
        live.publish({
          topics: [...orgTopics(row.path), ...topics],
          event: { type: LIVE_EVENT, id: row.id },
        });
    });
  }
}
