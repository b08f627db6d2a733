import type { Kysely } from "kysely";
import { DEFAULT_POLICY, type IncidentPolicy, policyBody } from "../../domain/incidents/policy.ts";
import { appendAudit } from "../audit/append.ts";
import type { Database } from "../db/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { readSetting, writeSetting } from "../settings/store.ts";

const KEY = "incidents.policy";

export function loadPolicy(db: Kysely<Database>): Promise<IncidentPolicy> {
  return readSetting(db, KEY, DEFAULT_POLICY);
}

/** Deadlines, base levels and offered categories, maintained by an administrator; every change audited. */
export function registerPolicyRoutes(app: App, { db, now }: Deps): void {
  app.get(
    "/api/incidents/policy",
    { preHandler: allow("incidents.read"), schema: { tags: ["incidents"], response: { 200: policyBody } } },
    async () => loadPolicy(db),
  );

  app.put(
    "/api/incidents/policy",
    {
      preHandler: allow("incidents.configure"),
      schema: { tags: ["incidents"], body: policyBody, response: { 200: policyBody } },
    },
    async (req) => {
      const caller = callerOf(req);
      await db.transaction().execute(async (trx) => {
        const before = await loadPolicy(trx);
        await writeSetting(trx, KEY, req.body, now());
        await appendAudit(trx, caller.actor, {
          action: "incidents.policy_update",
          entityType: "setting",
          entityId: KEY,
          orgUnit: caller.user.orgUnit,
          before,
          after: req.body,
        });
      });
      return loadPolicy(db);
    },
  );
}
