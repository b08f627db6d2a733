import { idParams } from "../../domain/common/page.ts";
import {
  completeImprovementBody,
  createImprovementBody,
  improvement,
  improvementsPage,
  listImprovementsQuery,
} from "../../domain/improvements/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { completeImprovement, planImprovement, registerImprovementReminder } from "./commands.ts";
import { listImprovements } from "./store.ts";

/** 改进措施: planned from an incident review or a complaint's closing, followed up until done. */
export function registerImprovementRoutes(app: App, deps: Deps): void {
  const tags = ["improvements"];
  registerImprovementReminder(deps);
  // Everyone signed in may own an improvement; who may plan or see a unit's is in improvements/policy.ts.
  const signedIn = allow(() => true);

  app.get(
    "/api/improvements",
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          "Improvements, newest first: one's own, and for heads, managers and officers their subtree's",
        querystring: listImprovementsQuery,
        response: { 200: improvementsPage },
      },
    },
    async (req) => listImprovements(deps.db, callerOf(req), req.query, deps.now(), deps.config.timeZone),
  );

  app.post(
    "/api/improvements",
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "Plans an improvement after an incident review or a complaint's closing",
        body: createImprovementBody,
        response: { 200: improvement },
      },
    },
    async (req) => planImprovement(deps, callerOf(req), req.body),
  );

  app.post(
    "/api/improvements/:id/complete",
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "Records what was changed and closes the improvement",
        params: idParams,
        body: completeImprovementBody,
        response: { 200: improvement },
      },
    },
    async (req) => completeImprovement(deps, callerOf(req), req.params.id, req.body),
  );
}
