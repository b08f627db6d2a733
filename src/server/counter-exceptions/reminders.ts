import type { Deps } from "../http/deps.ts";
import { orgTopics } from "../live/bus.ts";
import { notify } from "../notifications/notify.ts";
import { FOLLOW_UP_DUE } from "./procedure.ts";
import { verifiersOf } from "./verifiers.ts";

/**
 * When a follow-up falls due, the person who handled the exception and the outlet's verifiers get a
 * reminder. A follow-up recorded in the meantime has already cancelled or replaced this item.
 */
export function registerFollowUpReminder(deps: Deps): void {
  deps.scheduler.handle(FOLLOW_UP_DUE, async (trx, item, now) => {
    const row = await trx
      .selectFrom("counter_exceptions as ce")
      .innerJoin("org_units as ou", "ou.id", "ce.org_unit_id")
      .select(["ce.id", "ce.ref", "ce.status", "ce.handled_by", "ce.org_unit_id", "ou.path"])
      .where("ce.id", "=", item.subjectId)
      .executeTakeFirst();
    if (row?.status !== "handled") return;
    const recipients = await verifiersOf(trx, row.org_unit_id, row.path);
    if (row.handled_by !== null) recipients.push(row.handled_by);
    const topics = await notify(
      trx,
      recipients,
      {
        key: "notify.counter_exception_follow_up_due",
        params: { ref: row.ref },
        link: `/counter-exceptions/${row.id}`,
      },
      now,
    );
    return () =>
      deps.live.publish({
        topics: [...orgTopics(row.path), ...topics],
        event: { type: "counter_exception.updated", id: row.id },
      });
  });
}
