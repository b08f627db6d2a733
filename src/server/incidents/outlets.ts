import { CATEGORIES } from "../../domain/incidents/categories.ts";
import { decideChange } from "../../domain/incidents/policy.ts";
import { isWithin } from "../../domain/org/units.ts";
import type { Caller } from "../auth/session-user.ts";
import { runCommand } from "../common/command.ts";
import type { Deps } from "../http/deps.ts";
import { AppError, invalid } from "../http/errors.ts";
import { orgTopics } from "../live/bus.ts";
import { notify, usersWithRoles } from "../notifications/notify.ts";
import { drillParam, incidentRecords } from "./commands.ts";
import { recordEvent } from "./events.ts";
import { callerCommands } from "./tasks.ts";

/**
 * The commander, or the sub-branch manager, adds another outlet of their subtree to the event (a typhoon
 * closing three outlets): its staff can open the room and see it on their board, its heads are told at once,
 * and the daily update and the upward report's place name it. The incident stays the reporting unit's.
 */
export async function addOutlet(deps: Deps, caller: Caller, id: number, orgUnitId: number) {
  const userTopics: string[] = [];
  await runCommand(
    deps,
    caller,
    incidentRecords,
    id,
    (row) => decideChange(row.status),
    async ({ trx, row, now, audit }) => {
      if (!(await callerCommands(trx, caller, id))) throw new AppError(403, "incidents.commander_only");
      const unit = await trx
        .selectFrom("org_units")
        .select(["id", "name", "kind", "path"])
        .where("id", "=", orgUnitId)
        .executeTakeFirst();
      if (unit?.kind !== "outlet" || !isWithin(unit.path, caller.scopePath))
        throw invalid("orgUnitId", "incidents.outlet_not_in_scope");
      const already = await trx
        .selectFrom("incident_outlets")
        .select("org_unit_id")
        .where("incident_id", "=", id)
        .where("org_unit_id", "=", unit.id)
        .executeTakeFirst();
      if (already || unit.id === row.org_unit_id)
        throw new AppError(409, "incidents.outlet_already_covered", {}, "orgUnitId");
      await trx
        .insertInto("incident_outlets")
        .values({
          incident_id: id,
          org_unit_id: unit.id,
          added_by: caller.user.id,
          added_at: now.toISOString(),
        })
        .execute();
      await recordEvent(trx, id, caller.user.id, "outlet_added", { unit: unit.name }, now);
      await audit("outlet_add", null, { orgUnitId: unit.id, unit: unit.name });
      userTopics.push(
        ...(await notify(
          trx,
          await usersWithRoles(trx, [unit.id], ["outlet_head"]),
          {
            key: "notify.incident_outlet_added",
            params: {
              drill: drillParam(row.drill === 1),
              owner: row.org_name,
              ref: row.ref,
              category: CATEGORIES[row.category].label,
              unit: unit.name,
            },
            link: `/incidents/${id}`,
          },
          now,
        )),
      );
      // The added outlet's board shows the event from now on.
      return { result: undefined, topics: orgTopics(unit.path) };
    },
  );
  await deps.live.publish({ topics: userTopics, event: { type: "notification.new" } });
}
