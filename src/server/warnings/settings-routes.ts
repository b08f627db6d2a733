import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import type { RuleSettings } from "../../domain/warnings/conditions.ts";
import {
  backtest,
  createSourceBody,
  ruleSetting,
  ruleSettingBody,
  source,
} from "../../domain/warnings/schema.ts";
import { WARNING_RULES, type WarningRule } from "../../domain/warnings/vocabulary.ts";
import type { App, Deps } from "../http/deps.ts";
import { invalid } from "../http/errors.ts";
import { allow, callerOf } from "../http/request.ts";
import { backtestRule } from "./backtest.ts";
import { loadRuleSettings, updateRuleSetting } from "./settings.ts";
import { createSource, listSources, revokeSource } from "./sources.ts";

const tags = ["warnings"];
const ruleParams = z.object({ rule: z.enum(WARNING_RULES) });

/** Administrators: each rule's thresholds (with a backtest before saving) and the sources that push figures. */
export function registerWarningSettingsRoutes(app: App, { db, now }: Deps): void {
  const configure = allow("warnings.configure");

  app.get(
    "/api/warnings/rules",
    { preHandler: configure, schema: { tags, response: { 200: z.object({ items: z.array(ruleSetting) }) } } },
    async () => {
      const settings = await loadRuleSettings(db);
      return { items: WARNING_RULES.map((rule) => ({ rule, ...settings[rule] })) };
    },
  );

  /** The body's shape depends on the rule, so it is checked here against that rule's schema. */
  const parseSetting = <R extends WarningRule>(rule: R, body: unknown) => {
    const result = ruleSettingBody(rule).safeParse(body);
    if (result.success) return result.data as RuleSettings[R];
    const [issue] = result.error.issues;
    throw invalid(issue.path.join(".") || "body", "invalid", { detail: issue.message });
  };

  app.put(
    "/api/warnings/rules/:rule",
    { preHandler: configure, schema: { tags, params: ruleParams, response: { 200: ruleSetting } } },
    async (req) => {
      const { rule } = req.params;
      const saved = await updateRuleSetting(db, callerOf(req), rule, parseSetting(rule, req.body), now());
      return { rule, ...saved };
    },
  );

  app.post(
    "/api/warnings/rules/:rule/backtest",
    {
      preHandler: configure,
      schema: {
        tags,
        summary: "How often these thresholds would have warned over the last 90 days",
        params: ruleParams,
        response: { 200: backtest },
      },
    },
    async (req) => backtestRule(db, req.params.rule, parseSetting(req.params.rule, req.body), now()),
  );

  app.get(
    "/api/warnings/sources",
    { preHandler: configure, schema: { tags, response: { 200: z.object({ items: z.array(source) }) } } },
    async () => ({ items: await listSources(db) }),
  );

  app.post(
    "/api/warnings/sources",
    {
      preHandler: configure,
      schema: {
        tags,
        summary: "A new source; its token is shown in this answer only",
        body: createSourceBody,
        response: { 201: source.extend({ token: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await createSource(db, callerOf(req), req.body.name, now())),
  );

  app.delete(
    "/api/warnings/sources/:id",
    { preHandler: configure, schema: { tags, params: idParams, response: { 200: source } } },
    async (req) => revokeSource(db, callerOf(req), req.params.id, now()),
  );
}
