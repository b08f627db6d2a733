import { policyBody } from "../../domain/incidents/policy.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { loadPolicy, updatePolicy } from "./settings.ts";

/** The incident policy: everyone who sees incidents reads it; administrators change it. */
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
    async (req) => updatePolicy(db, callerOf(req), req.body, now()),
  );
}
