import type { z } from "zod";
import { formatLocalTime } from "../../domain/common/time.ts";
import type { mergeBody, pauseBody, restartBody, withdrawBody } from "../../domain/complaints/schema.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { AppError, invalid } from "../http/errors.ts";
import { notify } from "../notifications/notify.ts";
import { changeComplaint } from "./change.ts";
import { refreshClock } from "./clock.ts";
import { checkHandler } from "./register.ts";
import { complaintsInScope } from "./store.ts";

export async function assignHandler(deps: Deps, caller: Caller, id: number, handlerId: number) {
  return changeComplaint(deps, caller, id, "assign", async ({ trx, row, now, audit }) => {
    const handler = await checkHandler(trx, row.org_path, handlerId, row.subject_staff_user_id);
    await trx
      .updateTable("complaints")
      .set({ handler_user_id: handler.id, updated_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await audit("assign", { handlerId: row.handler_user_id }, { handlerId: handler.id });
    const dueLocal = row.decision_due_at ? formatLocalTime(row.decision_due_at, deps.config.timeZone) : "-";
    const topics = await notify(
      trx,
      [handler.id],
      { key: "notify.complaint_assigned", params: { ref: row.ref, dueLocal }, link: `/complaints/${id}` },
      now,
    );
    return { result: undefined, topics };
  });
}

/** Appraisal or mediation: the clock stops until the pause ends (§18, §23). */
export async function startPause(deps: Deps, caller: Caller, id: number, body: z.infer<typeof pauseBody>) {
  return changeComplaint(deps, caller, id, "pause", async ({ trx, now, audit }) => {
    const { id: pauseId } = await trx
      .insertInto("complaint_pauses")
      .values({
        complaint_id: id,
        reason: body.reason,
        note: body.note || null,
        started_at: now.toISOString(),
        ended_at: null,
        started_by: caller.user.id,
        ended_by: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await refreshClock(trx, deps.config, id, now);
    await audit("pause", null, { pauseId, reason: body.reason });
    return { result: pauseId };
  });
}

export async function endPause(deps: Deps, caller: Caller, id: number, pauseId: number) {
  return changeComplaint(deps, caller, id, "resume", async ({ trx, now, audit }) => {
    const pause = await trx
      .selectFrom("complaint_pauses")
      .selectAll()
      .where("id", "=", pauseId)
      .where("complaint_id", "=", id)
      .executeTakeFirst();
    if (!pause) throw new AppError(404, "not_found");
    if (pause.ended_at) throw new AppError(409, "complaints.not_paused");
    await trx
      .updateTable("complaint_pauses")
      .set({ ended_at: now.toISOString(), ended_by: caller.user.id })
      .where("id", "=", pauseId)
      .execute();
    const clock = await refreshClock(trx, deps.config, id, now);
    await audit(
      "resume",
      { pauseId },
      { pauseId, decisionDueAt: clock.state === "running" ? clock.dueAt : null },
    );
    return { result: undefined };
  });
}

/** New facts or reasons (§18¶3): the clock counts afresh from now; approved extensions still apply. */
export async function restartClock(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof restartBody>,
) {
  return changeComplaint(deps, caller, id, "restart", async ({ trx, row, now, audit, event }) => {
    await trx
      .updateTable("complaints")
      .set({ clock_started_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    const clock = await refreshClock(trx, deps.config, id, now);
    await event("restart", { reason: body.reason });
    await audit(
      "restart",
      { clockStartedAt: row.clock_started_at, decisionDueAt: row.decision_due_at },
      {
        clockStartedAt: now.toISOString(),
        decisionDueAt: clock.state === "running" ? clock.dueAt : null,
        reason: body.reason,
      },
    );
    return { result: undefined };
  });
}

/** A withdrawal ends the procedure on the day it is received (§15). */
export async function withdrawComplaint(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof withdrawBody>,
) {
  return changeComplaint(deps, caller, id, "withdraw", async ({ trx, row, next, now, audit }) => {
    await trx
      .updateTable("complaints")
      .set({ status: next, ended_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await refreshClock(trx, deps.config, id, now);
    await audit("withdraw", { status: row.status }, { status: next, reason: body.reason ?? null });
    return { result: undefined };
  });
}

/** A repeat of an open complaint by the same complainant is merged into it (§18¶3) and stops its own clock. */
export async function mergeComplaint(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof mergeBody>,
) {
  return changeComplaint(deps, caller, id, "merge", async ({ trx, row, next, now, audit }) => {
    const target = await complaintsInScope(trx, caller.scopePath)
      .where("complaints.id", "=", body.intoId)
      .executeTakeFirst();
    if (
      !target ||
      target.id === id ||
      target.status !== "open" ||
      target.complainant_key !== row.complainant_key
    ) {
      throw invalid("intoId", "complaints.merge_target");
    }
    await trx
      .updateTable("complaints")
      .set({ status: next, merged_into_id: target.id, ended_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await refreshClock(trx, deps.config, id, now);
    await audit("merge", { status: row.status }, { status: next, mergedInto: target.id });
    return { result: undefined };
  });
}
