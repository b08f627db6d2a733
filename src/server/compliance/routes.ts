import { z } from "zod";
import { idParams, pageOf, pageQuery } from "../../domain/common/page.ts";
import { isClean } from "../../domain/compliance/matcher.ts";
import {
  checkBody,
  checkResult,
  createRuleBody,
  listRulesQuery,
  rule,
  updateRuleBody,
} from "../../domain/compliance/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { createRule, updateRule } from "./commands.ts";
import { checkAt } from "./ruleset.ts";
import { enabledRulesFor, getRule, listRules, toRuleSpec } from "./store.ts";

const ruleSpec = z.object({
  id: z.string(),
  kind: rule.shape.kind,
  severity: rule.shape.severity,
  appliesTo: rule.shape.appliesTo,
  materialTypes: rule.shape.materialTypes,
  patterns: z.array(z.string()),
  allow: z.array(z.string()),
  mentions: z.array(z.string()),
  negatable: z.boolean(),
  source: z.string(),
  message: z.string(),
  suggestion: z.string(),
});

/** 消保审查: check a text, read the rules, and (administrators) change them. */
export function registerComplianceRoutes(app: App, { db }: Deps): void {
  app.post(
    "/api/compliance/check",
    {
      preHandler: allow("compliance.check"),
      schema: {
        tags: ["compliance"],
        summary: "Check marketing copy or a staff reply against the rules that apply to the caller",
        body: checkBody,
        response: { 200: checkResult },
      },
    },
    async (req) => {
      const { text, kind, materialType } = req.body;
      const findings = await checkAt(db, callerOf(req).scopePath, text, { kind, materialType });
      return { findings, clean: isClean(findings) };
    },
  );

  app.get(
    "/api/compliance/ruleset",
    {
      preHandler: allow("compliance.check"),
      schema: {
        tags: ["compliance"],
        summary: "The enabled rules that apply to the caller, for checking live in the browser",
        response: { 200: z.object({ rules: z.array(ruleSpec) }) },
      },
    },
    async (req) => ({ rules: (await enabledRulesFor(db, callerOf(req).scopePath)).map(toRuleSpec) }),
  );

  app.get(
    "/api/compliance/rules",
    {
      preHandler: allow("compliance.check"),
      schema: {
        tags: ["compliance"],
        querystring: listRulesQuery.extend(pageQuery.shape),
        response: { 200: pageOf(rule) },
      },
    },
    async (req) => listRules(db, callerOf(req).scopePath, req.query),
  );

  app.get(
    "/api/compliance/rules/:id",
    {
      preHandler: allow("compliance.check"),
      schema: { tags: ["compliance"], params: idParams, response: { 200: rule } },
    },
    async (req) => (await getRule(db, callerOf(req).scopePath, req.params.id)).rule,
  );

  app.post(
    "/api/compliance/rules",
    {
      preHandler: allow("rules.manage"),
      schema: { tags: ["compliance"], body: createRuleBody, response: { 201: rule } },
    },
    async (req, reply) => reply.status(201).send(await createRule(db, callerOf(req), req.body)),
  );

  app.patch(
    "/api/compliance/rules/:id",
    {
      preHandler: allow("rules.manage"),
      schema: { tags: ["compliance"], params: idParams, body: updateRuleBody, response: { 200: rule } },
    },
    async (req) => updateRule(db, callerOf(req), req.params.id, req.body),
  );
}
