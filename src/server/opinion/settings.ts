import { DEFAULT_OPINION_POLICY, type OpinionPolicy } from "../../domain/opinion/deadlines.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Db } from "../db/database.ts";
import { readSetting, writeSetting } from "../settings/store.ts";

/** The deadlines per level for verification and for the report to the branch, kept by administrators. */
const KEY = "opinion.policy";

export async function loadOpinionPolicy(db: Db): Promise<OpinionPolicy> {
  const policy = await readSetting(db, KEY, DEFAULT_OPINION_POLICY);
  return {
    verifyMinutes: { ...DEFAULT_OPINION_POLICY.verifyMinutes, ...policy.verifyMinutes },
    reportMinutes: { ...DEFAULT_OPINION_POLICY.reportMinutes, ...policy.reportMinutes },
  };
}

export async function updateOpinionPolicy(db: Db, caller: Caller, policy: OpinionPolicy, at: Date) {
  await db.transaction().execute(async (trx) => {
    const before = await loadOpinionPolicy(trx);
    await writeSetting(trx, KEY, policy, at);
    await appendAudit(trx, caller.actor, {
      action: "opinion.settings",
      entityType: "setting",
      entityId: KEY,
      orgUnit: caller.user.orgUnit,
      before,
      after: policy,
    });
  });
  return loadOpinionPolicy(db);
}
