import { can } from "../../domain/auth/permissions.ts";
import { STATUS_LABELS } from "../../domain/counter-exceptions/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { AppError, forbidden } from "../http/errors.ts";
import { linkIfVisible } from "../links/commands.ts";
import { orgTopics } from "../live/bus.ts";
import { getException } from "./store.ts";

/**
 * Links the complaint the customer lodged about this exception (客户投诉关联), by its CMP- reference. Not a
 * procedure step: it may be recorded at any point until the exception is rejected.
 */
export async function linkComplaint(deps: Deps, caller: Caller, id: number, complaintRef: string) {
  if (!can(caller.user.role, "counter_exceptions.handle")) throw forbidden();
  const now = deps.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await getException(trx, caller.scopePath, id);
    if (before.status === "rejected") {
      throw new AppError(409, "counter_exceptions.wrong_status", {
        status: STATUS_LABELS[before.status][caller.locale],
      });
    }
    await trx
      .updateTable("counter_exceptions")
      .set({ complaint_ref: complaintRef })
      .where("id", "=", id)
      .execute();
    await trx
      .insertInto("counter_exception_events")
      .values({
        exception_id: id,
        step: "link_complaint",
        actor_id: caller.user.id,
        at: now.toISOString(),
        data_json: JSON.stringify({ complaintRef }),
      })
      .execute();
    const complaint = await trx
      .selectFrom("complaints")
      .select("id")
      .where("ref", "=", complaintRef)
      .executeTakeFirst();
    if (complaint) {
      const from = { kind: "counter_exception", id } as const;
      await linkIfVisible(trx, caller, from, { kind: "complaint", id: complaint.id }, now);
    }
    await appendAudit(trx, caller.actor, {
      action: "counter_exceptions.link_complaint",
      entityType: "counter_exception",
      entityId: id,
      orgUnit: { id: before.org_unit_id, path: before.org_path },
      before: { complaintRef: before.complaint_ref },
      after: { complaintRef },
    });
    return before;
  });
  await deps.live.publish({
    topics: orgTopics(row.org_path),
    event: { type: "counter_exception.updated", id },
  });
}
