import { z } from "zod";
import { SCENARIOS, type Scenario, scenarioById } from "../../domain/scripts/scenarios.ts";
import {
  attemptsPage,
  listAttemptsQuery,
  listScenariosQuery,
  practiceAnswer,
  practiceBody,
  scenario,
  scenarioParams,
} from "../../domain/scripts/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { allow, callerOf } from "../http/request.ts";
import { practise } from "./commands.ts";
import { listAttempts } from "./store.ts";
import { scenarioVersion } from "./version.ts";

const present = (s: Scenario): z.infer<typeof scenario> => ({ ...s, version: scenarioVersion(s) }) as never;

/**
 * 话术库: the scenarios ship with the product (src/domain/scripts/scenarios.ts); practice checks a reply with
 * the service rules that apply to the person practising, and stores the attempt for them and their coaches.
 */
export function registerScriptRoutes(app: App, deps: Deps): void {
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
      return { items: items.map(present) };
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
      return present(found);
    },
  );

  app.post(
    "/api/scripts/:id/practice",
    {
      preHandler: allow("scripts.read"),
      schema: {
        tags,
        summary:
          "Scores a practice reply (forbidden phrasing, the technique's elements) and stores the attempt",
        params: scenarioParams,
        body: practiceBody,
        response: { 200: practiceAnswer },
      },
    },
    async (req) => {
      const found = scenarioById(req.params.id);
      if (!found) throw notFound();
      return practise(deps, callerOf(req), found, req.body.reply);
    },
  );

  app.get(
    "/api/practice-attempts",
    {
      preHandler: allow("scripts.read"),
      schema: {
        tags,
        summary: "Practice attempts, newest first: one's own, and for coaches those of the staff below them",
        querystring: listAttemptsQuery,
        response: { 200: attemptsPage },
      },
    },
    async (req) => listAttempts(deps.db, callerOf(req), req.query),
  );
}
