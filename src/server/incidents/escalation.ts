import { CATEGORIES } from "../../domain/incidents/categories.ts";
import { addMinutes, nextEscalationUnit } from "../../domain/incidents/lifecycle.ts";
import { pathIds } from "../../domain/org/units.ts";
import { appendAudit, SYSTEM_ACTOR } from "../audit/append.ts";
import type { Deps } from "../http/deps.ts";
import { orgTopics } from "../live/bus.ts";
import { notify, usersWithRoles } from "../notifications/notify.ts";
import { scheduleDue } from "../scheduler/scheduler.ts";
import { drillParam } from "./commands.ts";
import { ACK_DUE } from "./due.ts";
import { recordEvent } from "./events.ts";
import { loadPolicy } from "./settings.ts";

/**
 * When the acknowledgement deadline passes with nobody having acknowledged, the report goes one level up
 * the tree (sub-branch, then branch, then head office), to that unit's management, and the clock starts
 * again for the next level.
 */
export function registerEscalation({ scheduler, live }: Deps): void {
  scheduler.handle(ACK_DUE, async (trx, item, now) => {
    const row = await trx
      .selectFrom("incidents")
      .innerJoin("org_units", "org_units.id", "incidents.org_unit_id")
      .select([
        "incidents.id",
        "ref",
        "category",
        "severity",
        "drill",
        "acknowledged_at",
        "reported_at",
        "status",
        "escalation_level",
      ])
      .select(["org_units.id as unit_id", "org_units.name as unit_name", "org_units.path"])
      .where("incidents.id", "=", item.subjectId)
      .executeTakeFirst();
    if (!row || row.acknowledged_at || row.status === "closed") return;
    const targetId = nextEscalationUnit(pathIds(row.path), row.escalation_level);
    if (targetId === null) return;
    const target = await trx
      .selectFrom("org_units")
      .select(["id", "name", "path"])
      .where("id", "=", targetId)
      .executeTakeFirstOrThrow();

    await trx
      .updateTable("incidents")
      .set({ escalation_level: row.escalation_level + 1, updated_at: now.toISOString() })
      .where("id", "=", row.id)
      .execute();
    await recordEvent(trx, row.id, null, "escalated", { unit: target.name }, now);
    await appendAudit(trx, SYSTEM_ACTOR, {
      action: "incidents.escalate",
      entityType: "incident",
      entityId: row.id,
      orgUnit: { id: row.unit_id, path: row.path },
      before: { escalationLevel: row.escalation_level },
      after: { escalationLevel: row.escalation_level + 1, to: target.name },
    });
    const minutes = (await loadPolicy(trx)).ackMinutes[row.severity];
    // How long it has waited, as the notice says: the deadline it was given may differ from today's policy.
    const waited = Math.floor((now.getTime() - new Date(row.reported_at).getTime()) / 60_000);
    const recipients = await usersWithRoles(trx, [target.id], ["manager", "outlet_head"]);
    const userTopics = await notify(
      trx,
      recipients,
      {
        key: "notify.incident_escalated",
        params: {
          drill: drillParam(row.drill === 1),
          unit: row.unit_name,
          ref: row.ref,
          category: CATEGORIES[row.category].label,
          minutes: String(waited),
        },
        link: `/incidents/${row.id}`,
        outbound: {
          kind: "escalation",
          orgUnitId: row.unit_id,
          unitName: row.unit_name,
          ref: row.ref,
          subject: CATEGORIES[row.category].label.zh,
          level: row.severity,
          drill: row.drill === 1,
          link: `/incidents/${row.id}`,
          alsoUnitIds: [target.id],
        },
      },
      now,
    );
    // A long-running event is chased once; after that the daily situation update takes over.
    const climbs = !CATEGORIES[row.category].longRunning;
    if (climbs && nextEscalationUnit(pathIds(row.path), row.escalation_level + 1) !== null) {
      await scheduleDue(trx, ACK_DUE, row.id, addMinutes(now.toISOString(), minutes));
    }
    return async () => {
      await live.publish(
        { topics: orgTopics(row.path), event: { type: "incident.updated", id: row.id } },
        { topics: userTopics, event: { type: "notification.new" } },
      );
    };
  });
}
