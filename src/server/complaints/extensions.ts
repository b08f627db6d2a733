import type { z } from "zod";
import { extensionRequestRefusal } from "../../domain/complaints/extensions.ts";
import { extensionDecisionRefusal } from "../../domain/complaints/policy.ts";
import type { extensionBody } from "../../domain/complaints/schema.ts";
import { pathIds } from "../../domain/org/units.ts";
import type { Caller } from "../auth/session-user.ts";
import { refusalError } from "../common/command.ts";
import type { Deps } from "../http/deps.ts";
import { AppError } from "../http/errors.ts";
import { notify, usersWithRoles } from "../notifications/notify.ts";
import { changeComplaint } from "./change.ts";
import { refreshClock } from "./clock.ts";

/** The caller as an extension approver: who, in which role, at which unit. */
export const approverOf = (caller: Caller) => ({
  userId: caller.user.id,
  role: caller.user.role,
  unitKind: caller.user.orgUnit.kind,
  unitPath: caller.user.orgUnit.path,
});

const due = (clock: { state: string; dueAt?: string }) =>
  clock.state === "running" ? (clock.dueAt ?? null) : null;

export async function requestExtension(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof extensionBody>,
) {
  return changeComplaint(deps, caller, id, "request_extension", async ({ trx, row, now, audit }) => {
    const pending = await trx
      .selectFrom("complaint_extensions")
      .select("id")
      .where("complaint_id", "=", id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    const refusal = extensionRequestRefusal(
      { extensionLevel: row.extension_level as 0 | 1 | 2, pendingExtension: pending !== undefined },
      body.level,
    );
    if (refusal) throw new AppError(409, refusal, {}, "level");
    const { id: extensionId } = await trx
      .insertInto("complaint_extensions")
      .values({
        complaint_id: id,
        level: body.level,
        reason: body.reason,
        status: "pending",
        requested_by: caller.user.id,
        requested_at: now.toISOString(),
        decided_by: null,
        decided_at: null,
        note: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit("extension_request", null, { extensionId, level: body.level, reason: body.reason });
    // Level 1 goes to officers and managers on the path; level 2 only to managers of branch or head office.
    const upper = await trx
      .selectFrom("org_units")
      .select("id")
      .where("id", "in", pathIds(row.org_path))
      .where("kind", "in", ["branch", "head_office"])
      .execute();
    const approvers =
      body.level === 1
        ? await usersWithRoles(trx, pathIds(row.org_path), ["manager", "cp_officer"])
        : await usersWithRoles(
            trx,
            upper.map((u) => u.id),
            ["manager"],
          );
    const topics = await notify(
      trx,
      approvers.filter((u) => u !== caller.user.id),
      {
        key: "notify.complaint_extension_requested",
        params: { ref: row.ref, level: String(body.level) },
        link: `/complaints/${id}`,
      },
      now,
    );
    return { result: extensionId, topics };
  });
}

/**
 * Approve or refuse an extension, with the approver's comment (a refusal's is required by its body schema);
 * the server enforces four eyes and the approver's level.
 */
export async function decideExtension(
  deps: Deps,
  caller: Caller,
  id: number,
  extensionId: number,
  approve: boolean,
  note: string | undefined,
) {
  return changeComplaint(deps, caller, id, "decide_extension", async ({ trx, row, now, audit }) => {
    const ext = await trx
      .selectFrom("complaint_extensions")
      .selectAll()
      .where("id", "=", extensionId)
      .where("complaint_id", "=", id)
      .executeTakeFirst();
    if (!ext) throw new AppError(404, "not_found");
    const level = ext.level as 1 | 2;
    const refusal = extensionDecisionRefusal(
      approverOf(caller),
      { level, requestedBy: ext.requested_by, status: ext.status },
      row.org_path,
    );
    if (refusal) throw refusalError(refusal);
    const status = approve ? "approved" : "rejected";
    await trx
      .updateTable("complaint_extensions")
      .set({ status, decided_by: caller.user.id, decided_at: now.toISOString(), note: note || null })
      .where("id", "=", extensionId)
      .execute();
    let dueAt = row.decision_due_at;
    if (approve) {
      await trx.updateTable("complaints").set({ extension_level: level }).where("id", "=", id).execute();
      dueAt = due(await refreshClock(trx, deps.config, id, now));
    }
    await audit(
      approve ? "extension_approve" : "extension_reject",
      { extensionId, status: "pending", decisionDueAt: row.decision_due_at },
      { extensionId, status, decisionDueAt: dueAt, note: note || null },
    );
    const result = { zh: approve ? "批准" : "驳回", en: approve ? "approved" : "refused" };
    const topics = await notify(
      trx,
      [ext.requested_by],
      {
        key: "notify.complaint_extension_decided",
        params: { ref: row.ref, level: String(level), result: result[caller.locale] },
        link: `/complaints/${id}`,
      },
      now,
    );
    return { result: undefined, topics };
  });
}
