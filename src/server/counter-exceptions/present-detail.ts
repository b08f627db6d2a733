import { can } from "../../domain/auth/permissions.ts";
import { guidanceFor } from "../../domain/counter-exceptions/guidance.ts";
import { allowedOn } from "../../domain/counter-exceptions/policy.ts";
import type { Detail } from "../../domain/counter-exceptions/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { forbidden } from "../http/errors.ts";
import { visibleLinks } from "../links/store.ts";
import { guidanceAt } from "./guidance.ts";
import { customerOf, toDetail } from "./present.ts";
import { type ExceptionRow, getException, namesOf, timelineOf } from "./store.ts";
import { SYSTEM_FAILURE, techSupportPhone } from "./tech-support.ts";
import { mayVerifyAt } from "./verifiers.ts";

/** What the caller may do next with this exception, by the policy the commands enforce. */
async function allowedFor(deps: Deps, caller: Caller, row: ExceptionRow): Promise<Detail["allowed"]> {
  const mayVerify = row.status === "reported" && (await mayVerifyAt(deps.db, caller.user.role, row.org_path));
  const asker = { id: caller.user.id, role: caller.user.role, mayVerify };
  const state = { status: row.status, reportedBy: row.reported_by, type: row.type };
  return allowedOn(asker, state, customerOf(row) !== null);
}

/**
 * One exception with its timeline. With `reveal`, a role that may see customer data in full gets it, and the
 * view is audited in the same transaction that reads it.
 */
export async function exceptionDetail(deps: Deps, caller: Caller, id: number, reveal: boolean) {
  const now = deps.now();
  const row = await getException(deps.db, caller.scopePath, id);
  if (reveal) {
    if (!can(caller.user.role, "counter_exceptions.reveal_customer")) throw forbidden();
    await deps.db.transaction().execute((trx) =>
      appendAudit(trx, caller.actor, {
        action: "counter_exceptions.reveal_customer",
        entityType: "counter_exception",
        entityId: id,
        orgUnit: { id: row.org_unit_id, path: row.org_path },
      }),
    );
  }
  const legal = row.legal_json ? (JSON.parse(row.legal_json) as { recordedById: number }) : null;
  const [timeline, names, allowed, links, techPhone, guidance] = await Promise.all([
    timelineOf(deps.db, id),
    namesOf(deps.db, [
      row.verified_by,
      row.handled_by,
      row.handling_recorded_by,
      legal?.recordedById ?? null,
    ]),
    allowedFor(deps, caller, row),
    visibleLinks(deps.db, caller, { kind: "counter_exception", id }),
    row.type === SYSTEM_FAILURE ? techSupportPhone(deps.db, row.org_path) : null,
    guidanceAt(deps.db, row.org_path),
  ]);
  return toDetail(row, {
    locale: caller.locale,
    now,
    reveal,
    names,
    timeline,
    allowed,
    links: links.visible,
    techSupportPhone: techPhone,
    guidance: guidanceFor(row.type, guidance, caller.locale),
  });
}
