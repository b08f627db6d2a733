import type { Transaction } from "kysely";
import { CATEGORIES, type CategoryCode } from "../../domain/incidents/categories.ts";
import { addMinutes } from "../../domain/incidents/lifecycle.ts";
import { pathIds } from "../../domain/org/units.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { notify, usersWithRoles } from "../notifications/notify.ts";
import { cancelDue, scheduleDue } from "../scheduler/scheduler.ts";
import { drillParam } from "./commands.ts";
import { DAILY_UPDATE } from "./due.ts";
import { coveredOutlets } from "./store.ts";

const DAY_MINUTES = 24 * 60;

/**
 * A long-running event (disaster, epidemic) asks for a situation update once a day instead of a chain of
 * reminders minutes apart: schedules the next one, or takes it off when the category is not long-running.
 */
export async function scheduleDailyUpdate(
  trx: Transaction<Database>,
  incidentId: number,
  category: CategoryCode,
  from: string,
): Promise<void> {
  await cancelDue(trx, DAILY_UPDATE, incidentId);
  if (CATEGORIES[category].longRunning)
    await scheduleDue(trx, DAILY_UPDATE, incidentId, addMinutes(from, DAY_MINUTES));
}

/** Each day an open long-running event reminds the heads of every outlet it covers and the sub-branch to send a 续报. */
export function registerDailyUpdate({ scheduler, live }: Deps): void {
  scheduler.handle(DAILY_UPDATE, async (trx, item, now) => {
    const row = await trx
      .selectFrom("incidents")
      .innerJoin("org_units", "org_units.id", "incidents.org_unit_id")
      .select(["incidents.id", "ref", "drill", "status", "category", "org_units.name", "org_units.path"])
      .select("org_units.id as unit_id")
      .where("incidents.id", "=", item.subjectId)
      .executeTakeFirst();
    if (!row || row.status === "closed" || !CATEGORIES[row.category].longRunning) return;
    const covered = await coveredOutlets(trx, row.id);
    const recipients = [
      ...(await usersWithRoles(trx, [row.unit_id, ...covered.map((o) => o.id)], ["outlet_head"])),
      ...(await usersWithRoles(trx, pathIds(row.path).reverse().slice(1, 2), ["manager"])),
    ];
    const topics = await notify(
      trx,
      recipients,
      {
        key: "notify.incident_daily_update",
        params: {
          drill: drillParam(row.drill === 1),
          ref: row.ref,
          unit: [row.name, ...covered.map((o) => o.name)].join("、"),
          category: CATEGORIES[row.category].label,
        },
        link: `/incidents/${row.id}`,
      },
      now,
    );
    await scheduleDue(trx, DAILY_UPDATE, row.id, addMinutes(now.toISOString(), DAY_MINUTES));
    return () => live.publish({ topics, event: { type: "notification.new" } });
  });
}
