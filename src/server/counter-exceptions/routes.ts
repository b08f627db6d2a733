import { z } from "zod";
import { idParams, pageOf, pageQuery } from "../../domain/common/page.ts";
import { guidanceFor } from "../../domain/counter-exceptions/guidance.ts";
import { permits } from "../../domain/counter-exceptions/policy.ts";
import {
  complaintLinkBody,
  detail,
  followUpBody,
  guidanceList,
  handleBody,
  legalBody,
  listItem,
  listQuery,
  reportAnswer,
  reportBody,
  stats,
  statsQuery,
  verifyBody,
} from "../../domain/counter-exceptions/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { linkComplaint } from "./complaint-link.ts";
import { registerStepDeadlines } from "./deadlines.ts";
import { exportExceptions } from "./export.ts";
import { guidanceAt } from "./guidance.ts";
import { recordLegal } from "./legal.ts";
import { toListItem } from "./present.ts";
import { exceptionDetail } from "./present-detail.ts";
import { followUpException, handleException, verifyException } from "./procedure.ts";
import { registerFollowUpReminder } from "./reminders.ts";
import { reportException } from "./report.ts";
import { registerCounterExceptionSettingsRoutes } from "./settings-routes.ts";
import { exceptionStats, listExceptions, typeCodes } from "./store.ts";

const tags = ["counter-exceptions"];
const BASE = "/api/counter-exceptions";

/** The register of counter exceptions (柜面异常登记) and its five-step procedure. */
export function registerCounterExceptionRoutes(app: App, deps: Deps): void {
  const { db, config, now } = deps;
  registerFollowUpReminder(deps);
  registerStepDeadlines(deps);
  registerCounterExceptionSettingsRoutes(app, deps);

  app.post(
    BASE,
    {
      preHandler: allow("counter_exceptions.report"),
      schema: {
        tags,
        summary: "Register an exception (steps 1–2: identify and report)",
        body: reportBody,
        response: { 201: reportAnswer },
      },
    },
    async (req, reply) => reply.status(201).send(await reportException(deps, callerOf(req), req.body)),
  );

  app.get(
    BASE,
    {
      preHandler: allow("counter_exceptions.read"),
      schema: { tags, querystring: listQuery.extend(pageQuery.shape), response: { 200: pageOf(listItem) } },
    },
    async (req) => {
      const caller = callerOf(req);
      const at = now();
      const page = await listExceptions(db, caller.scopePath, req.query, at, config.timeZone);
      return { items: page.rows.map((r) => toListItem(r, caller.locale, at)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    `${BASE}/stats`,
    {
      preHandler: allow("counter_exceptions.read"),
      schema: {
        tags,
        summary: "Figures per type and outlet; patterns of 30 days",
        querystring: statsQuery,
        response: { 200: stats },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      return exceptionStats(db, caller.scopePath, req.query, now(), config.timeZone, caller.locale);
    },
  );

  app.get(
    `${BASE}/export.xlsx`,
    {
      preHandler: allow("counter_exceptions.read"),
      schema: {
        tags,
        summary: "The filtered register as .xlsx, customer data masked",
        querystring: listQuery,
      },
    },
    async (req, reply) => {
      const stream = await exportExceptions(deps, callerOf(req), req.query);
      return reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="counter-exceptions.xlsx"`)
        .send(stream);
    },
  );

  app.get(
    `${BASE}/:id`,
    {
      preHandler: allow("counter_exceptions.read"),
      schema: {
        tags,
        summary: "One exception; reveal=true shows customer data in full (audited)",
        params: idParams,
        querystring: z.object({ reveal: z.enum(["true", "false"]).optional() }),
        response: { 200: detail },
      },
    },
    async (req) => exceptionDetail(deps, callerOf(req), req.params.id, req.query.reveal === "true"),
  );

  // Verification is also open to roles an administrator grants, so the command decides, not the table alone.
  app.post(
    `${BASE}/:id/verify`,
    {
      preHandler: allow((role) => permits(role, "verify")),
      schema: {
        tags,
        summary: "Step 3: verify (maker-checker)",
        params: idParams,
        body: verifyBody,
        response: { 200: detail },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      await verifyException(deps, caller, req.params.id, req.body);
      return exceptionDetail(deps, caller, req.params.id, false);
    },
  );

  app.post(
    `${BASE}/:id/handle`,
    {
      preHandler: allow((role) => permits(role, "handle")),
      schema: {
        tags,
        summary: "Step 4: corrective action",
        params: idParams,
        body: handleBody,
        response: { 200: detail },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      await handleException(deps, caller, req.params.id, req.body);
      return exceptionDetail(deps, caller, req.params.id, false);
    },
  );

  app.post(
    `${BASE}/:id/follow-up`,
    {
      preHandler: allow((role) => permits(role, "follow_up")),
      schema: {
        tags,
        summary: "Step 5: follow up, or close when fully solved",
        params: idParams,
        body: followUpBody,
        response: { 200: detail },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      await followUpException(deps, caller, req.params.id, req.body);
      return exceptionDetail(deps, caller, req.params.id, false);
    },
  );

  app.get(
    `${BASE}/guidance`,
    {
      preHandler: allow("counter_exceptions.read"),
      schema: {
        tags,
        summary: "What to do at each step and how to prevent it, per type",
        response: { 200: guidanceList },
      },
    },
    async (req) => {
      const { locale, scopePath } = callerOf(req);
      const [types, byType] = await Promise.all([typeCodes(db), guidanceAt(db, scopePath)]);
      return { items: types.map((type) => ({ type, guidance: guidanceFor(type, byType, locale) })) };
    },
  );

  app.post(
    `${BASE}/:id/legal`,
    {
      preHandler: allow("counter_exceptions.handle"),
      schema: {
        tags,
        summary: "Mark a business dispute as gone to law (lawyer or court), with dates and documents",
        params: idParams,
        body: legalBody,
        response: { 200: detail },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      await recordLegal(deps, caller, req.params.id, req.body);
      return exceptionDetail(deps, caller, req.params.id, false);
    },
  );

  app.post(
    `${BASE}/:id/complaint-link`,
    {
      preHandler: allow("counter_exceptions.handle"),
      schema: {
        tags,
        summary: "Link the customer's complaint by its reference",
        params: idParams,
        body: complaintLinkBody,
        response: { 200: detail },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      await linkComplaint(deps, caller, req.params.id, req.body.complaintRef);
      return exceptionDetail(deps, caller, req.params.id, false);
    },
  );
}
