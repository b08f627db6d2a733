import { drillEvaluation, evaluateDrillBody, incidentParams } from "../../domain/training/drill-schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { evaluateDrill, getDrillEvaluation } from "./drill-evaluations.ts";

/** 演练讲评: the evaluation that closes a drill; the drill calendar shows its score. */
export function registerDrillEvaluationRoutes(app: App, deps: Deps): void {
  const tags = ["training"];
  app.post(
    "/api/training/drill-evaluations",
    {
      preHandler: allow("drills.evaluate"),
      schema: {
        tags,
        summary: "Evaluate a drill once it is under control: step scores, times against targets, lessons",
        body: evaluateDrillBody,
        response: { 201: drillEvaluation },
      },
    },
    async (req, reply) => reply.status(201).send(await evaluateDrill(deps, callerOf(req), req.body)),
  );

  app.get(
    "/api/training/drill-evaluations/:incidentId",
    {
      preHandler: allow("incidents.read"),
      schema: { tags, params: incidentParams, response: { 200: drillEvaluation } },
    },
    async (req) => getDrillEvaluation(deps.db, callerOf(req), req.params.incidentId),
  );
}
