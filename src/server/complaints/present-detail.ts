import { can } from "../../domain/auth/permissions.ts";
import type { Complaint } from "../../domain/complaints/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { forbidden } from "../http/errors.ts";
import { unseal } from "../personal-data/vault.ts";
import { clockOf, clockSettings } from "./clock.ts";
import { toComplaint } from "./present.ts";
import { getComplaintRow, loadDetail } from "./store.ts";

/** One complaint as the API shows it: masked, with its live clock and the actions open to the caller. */
export async function readComplaint(deps: Deps, caller: Caller, id: number): Promise<Complaint> {
  const { row, children, cats, calendar } = await loadDetail(deps.db, caller.scopePath, id);
  const clock = clockOf(row, children.pauses, calendar, clockSettings(deps.config));
  return toComplaint(row, children, clock, cats, caller, deps.now(), deps.config.timeZone);
}

/**
 * The complainant's personal data in full, for the assigned handler and roles that need it. Every view is
 * written to the audit log (who saw whose data, when) in the same transaction that reads it.
 */
export async function readPersonalData(deps: Deps, caller: Caller, id: number) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await getComplaintRow(trx, caller.scopePath, id);
    if (row.handler_user_id !== caller.user.id && !can(caller.user.role, "complaints.view_personal_data"))
      throw forbidden();
    const extra = JSON.parse(unseal(row.complainant_extra_json));
    await appendAudit(trx, caller.actor, {
      action: "complaints.view_personal_data",
      entityType: "complaint",
      entityId: row.id,
      orgUnit: { id: row.org_unit_id, path: row.org_path },
    });
    return {
      name: unseal(row.complainant_name),
      phone: unseal(row.complainant_phone),
      idType: row.complainant_id_type,
      idNumber: unseal(row.complainant_id_number),
      address: extra.address ?? null,
      creditCode: extra.creditCode ?? null,
      legalRepresentative: extra.legalRepresentative ?? null,
      agent: extra.agent ?? null,
      representatives: extra.representatives ?? [],
    };
  });
}
