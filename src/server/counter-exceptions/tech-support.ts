import type { Kysely, Transaction } from "kysely";
import { pathIds } from "../../domain/org/units.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { notify } from "../notifications/notify.ts";
import { verifiersOf } from "./verifiers.ts";

/** The type whose report goes to tech support at once (seed 003: 立即报告技术部门). */
export const SYSTEM_FAILURE = "system_failure";

/**
 * The tech-support number of an outlet: its own, else the nearest unit above that has one (the same rule
 * the incident room's contacts follow). Null when none is configured.
 */
export async function techSupportPhone(db: Kysely<Database>, orgPath: string): Promise<string | null> {
  const units = await db
    .selectFrom("org_units")
    .select(["id", "tech_support_phone"])
    .where("id", "in", pathIds(orgPath))
    .execute();
  const nearest = pathIds(orgPath)
    .reverse()
    .map((id) => units.find((u) => u.id === id)?.tech_support_phone)
    .find((phone) => phone);
  return nearest ?? null;
}

/**
 * A system failure is reported: tech support must hear of it now. Tech support is a phone number on the org
 * unit, not a user of the platform, so the outlet's verifiers (who call for the repair) get a notice with
 * that number, and the timeline and the audit log record that the alert went out and to which number.
 */
export async function alertTechSupport(
  trx: Transaction<Database>,
  caller: Caller,
  exception: { id: number; ref: string; orgUnitId: number; orgPath: string; outletName: string },
  now: Date,
): Promise<string[]> {
  const phone = await techSupportPhone(trx, exception.orgPath);
  await trx
    .insertInto("counter_exception_events")
    .values({
      exception_id: exception.id,
      step: "tech_alert",
      actor_id: caller.user.id,
      at: now.toISOString(),
      data_json: JSON.stringify({ phone }),
    })
    .execute();
  await appendAudit(trx, caller.actor, {
    action: "counter_exceptions.tech_alert",
    entityType: "counter_exception",
    entityId: exception.id,
    orgUnit: { id: exception.orgUnitId, path: exception.orgPath },
    after: { phone },
  });
  const recipients = await verifiersOf(trx, exception.orgUnitId, exception.orgPath);
  return notify(
    trx,
    [...recipients, caller.user.id],
    {
      key: "notify.counter_exception_system_failure",
      params: { ref: exception.ref, outlet: exception.outletName, phone: phone ?? "-" },
      link: `/counter-exceptions/${exception.id}`,
    },
    now,
  );
}
