import { DEFAULT_POLICY, type IncidentPolicy } from "../../domain/incidents/policy.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Db } from "../db/database.ts";
import { readSetting, writeSetting } from "../settings/store.ts";

/** The incident policy: deadlines, base levels and offered categories, maintained by an administrator. */
const KEY = "incidents.policy";

/** The stored policy; a category added since it was saved starts at its default level. */
export async function loadPolicy(db: Db): Promise<IncidentPolicy> {
  const policy = await readSetting(db, KEY, DEFAULT_POLICY);
  return { ...policy, baseSeverity: { ...DEFAULT_POLICY.baseSeverity, ...policy.baseSeverity } };
}

/** Replaces the policy in one transaction, with the old and new policy in the audit trail. */
export async function updatePolicy(db: Db, caller: Caller, policy: IncidentPolicy, at: Date) {
  await db.transaction().execute(async (trx) => {
    const before = await loadPolicy(trx);
    await writeSetting(trx, KEY, policy, at);
    await appendAudit(trx, caller.actor, {
      action: "incidents.policy_update",
      entityType: "setting",
      entityId: KEY,
      orgUnit: caller.user.orgUnit,
      before,
      after: policy,
    });
  });
  return loadPolicy(db);
}
