import { z } from "zod";
import { practiceFeedback } from "../../domain/scripts/practice.ts";
import { SCENARIOS, scenarioById } from "../../domain/scripts/scenarios.ts";
import {
  listScenariosQuery,
  practiceBody,
  practiceResult,
  scenario,
  scenarioParams,
} from "../../domain/scripts/schema.ts";
import { compiledRulesFor } from "../compliance/ruleset.ts";
import type { App, Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { allow, callerOf } from "../http/request.ts";

/**
 * 话术库: the scenarios ship with the product (src/domain/scripts/scenarios.ts); practice checks a reply with
 * the service rules that apply to the person practising. Practice writes nothing, so it is not audited.
 */
export function registerScriptRoutes(app: App, { db }: Deps): void {
  const tags = ["scripts"];

  app.get(
    "/api/scripts",
    {
      preHandler: allow("scripts.read"),
      schema: {
        tags,
        querystring: listScenariosQuery,
        response: { 200: z.object({ items: z.array(scenario) }) },
      },
    },
    async (req) => {
      const { incidentCategory, complaintCause } = req.query;
      const items = SCENARIOS.filter(
        (s) =>
          (!incidentCategory || s.incidentCategories.includes(incidentCategory)) &&
          (!complaintCause || s.complaintCauses.includes(complaintCause)),
      );
      return { items: [...items] as z.infer<typeof scenario>[] };
    },
  );

  app.get(
    "/api/scripts/:id",
    {
      preHandler: allow("scripts.read"),
      schema: { tags, params: scenarioParams, response: { 200: scenario } },
    },
    async (req) => {
      const found = scenarioById(req.params.id);
      if (!found) throw notFound();
      return found as z.infer<typeof scenario>;
    },
  );

  app.post(
    "/api/scripts/:id/practice",
    {
      preHandler: allow("scripts.read"),
      schema: {
        tags,
        summary: "Feedback on a practice reply: forbidden phrasing, and the technique's elements present",
        params: scenarioParams,
        body: practiceBody,
        response: { 200: practiceResult },
      },
    },
    async (req) => {
      const found = scenarioById(req.params.id);
      if (!found) throw notFound();
      const rules = await compiledRulesFor(db, callerOf(req).scopePath);
      return practiceFeedback(found, req.body.reply, rules);
    },
  );
}
