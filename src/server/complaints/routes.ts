import { z } from "zod";
import type { Role } from "../../domain/auth/roles.ts";
import { idParams, pageOf, pageQuery } from "../../domain/common/page.ts";
import type { ComplaintAction } from "../../domain/complaints/lifecycle.ts";
import { permits } from "../../domain/complaints/policy.ts";
import {
  assignBody,
  closeBody,
  complaint,
  complaintSummary,
  createComplaintBody,
  createdComplaint,
  decisionBody,
  extensionApprovalBody,
  extensionBody,
  extensionParams,
  extensionRefusalBody,
  listComplaintsQuery,
  mergeBody,
  noticeBody,
  pauseBody,
  pauseParams,
  personalData,
  restartBody,
  reviewRequestBody,
  withdrawBody,
} from "../../domain/complaints/schema.ts";
import { complaintStatsSchema, statsQuery } from "../../domain/complaints/stats-schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import {
  assignHandler,
  endPause,
  mergeComplaint,
  restartClock,
  startPause,
  withdrawComplaint,
} from "./commands.ts";
import { closeComplaint, recordDecision, recordNotice, requestReview } from "./decision.ts";
import { decideExtension, requestExtension } from "./extensions.ts";
import { exportCsv, exportXlsx, statsFor } from "./figures/dashboard.ts";
import { toSummary } from "./present.ts";
import { readComplaint, readPersonalData } from "./present-detail.ts";
import { registerComplaint } from "./register.ts";
import { registerComplaintSettingsRoutes } from "./settings-routes.ts";
import { listComplaintRows, loadCategories } from "./store.ts";
import { registerComplaintWarnings } from "./warnings.ts";

const tags = ["complaints"];
const guard = (action: ComplaintAction) => (role: Role) => permits(role, action);

export function registerComplaintRoutes(app: App, deps: Deps): void {
  registerComplaintWarnings(deps);
  registerComplaintSettingsRoutes(app, deps);

  app.post(
    "/api/complaints",
    {
      preHandler: allow("complaints.register"),
      schema: { tags, body: createComplaintBody, response: { 201: createdComplaint } },
    },
    async (req, reply) => {
      return reply.status(201).send(await registerComplaint(deps, callerOf(req), req.body));
    },
  );

  app.get(
    "/api/complaints",
    {
      preHandler: allow("complaints.read"),
      schema: {
        tags,
        querystring: listComplaintsQuery.extend(pageQuery.shape),
        response: { 200: pageOf(complaintSummary) },
      },
    },
    async (req) => {
      const now = deps.now();
      const [{ rows, nextCursor }, cats] = await Promise.all([
        listComplaintRows(deps.db, callerOf(req).scopePath, req.query, now),
        loadCategories(deps.db),
      ]);
      return { items: rows.map((r) => toSummary(r, cats, now)), nextCursor };
    },
  );

  app.get(
    "/api/complaints/stats",
    {
      preHandler: allow("complaints.stats"),
      schema: { tags, querystring: statsQuery, response: { 200: complaintStatsSchema } },
    },
    async (req) => statsFor(deps, callerOf(req), req.query),
  );

  for (const [ext, type, run] of [
    ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", exportXlsx],
    ["csv", "text/csv; charset=utf-8", exportCsv],
  ] as const) {
    app.get(
      `/api/complaints/export.${ext}`,
      {
        preHandler: allow("complaints.stats"),
        schema: { tags, summary: `Statistics and masked detail as .${ext}`, querystring: statsQuery },
      },
      async (req, reply) => {
        const stream = await run(deps, callerOf(req), req.query);
        return reply
          .header("content-type", type)
          .header("content-disposition", `attachment; filename="complaints.${ext}"`)
          .send(stream);
      },
    );
  }

  app.get(
    "/api/complaints/:id",
    {
      preHandler: allow("complaints.read"),
      schema: { tags, params: idParams, response: { 200: complaint } },
    },
    async (req) => readComplaint(deps, callerOf(req), req.params.id),
  );

  app.get(
    "/api/complaints/:id/personal-data",
    {
      preHandler: allow("complaints.read"),
      schema: {
        tags,
        summary: "The complainant's data in full; every view is audited",
        params: idParams,
        response: { 200: personalData },
      },
    },
    async (req) => readPersonalData(deps, callerOf(req), req.params.id),
  );

  /**
   * The state-changing routes all answer the complaint as it now is. Each is guarded by the complaint
   * policy's permission for its action; the command asks the same policy about the complaint's state.
   */
  const action = <B extends z.ZodType, P extends z.ZodType>(
    path: string,
    name: ComplaintAction,
    params: P,
    body: B,
    run: (caller: ReturnType<typeof callerOf>, params: z.infer<P>, body: z.infer<B>) => Promise<unknown>,
  ) =>
    app.post(
      `/api/complaints/:id/${path}`,
      { preHandler: allow(guard(name)), schema: { tags, params, body, response: { 200: complaint } } },
      async (req) => {
        const caller = callerOf(req);
        await run(caller, req.params as z.infer<P>, req.body as z.infer<B>);
        return readComplaint(deps, caller, (req.params as { id: number }).id);
      },
    );

  action("assign", "assign", idParams, assignBody, (c, p, b) => assignHandler(deps, c, p.id, b.handlerId));
  action("extensions", "request_extension", idParams, extensionBody, (c, p, b) =>
    requestExtension(deps, c, p.id, b),
  );
  action(
    "extensions/:extensionId/approve",
    "decide_extension",
    extensionParams,
    extensionApprovalBody,
    (c, p, b) => decideExtension(deps, c, p.id, p.extensionId, true, b.note),
  );
  action(
    "extensions/:extensionId/reject",
    "decide_extension",
    extensionParams,
    extensionRefusalBody,
    (c, p, b) => decideExtension(deps, c, p.id, p.extensionId, false, b.note),
  );
  action("pauses", "pause", idParams, pauseBody, (c, p, b) => startPause(deps, c, p.id, b));
  action("pauses/:pauseId/end", "resume", pauseParams, z.object({}), (c, p) =>
    endPause(deps, c, p.id, p.pauseId),
  );
  action("restart", "restart", idParams, restartBody, (c, p, b) => restartClock(deps, c, p.id, b));
  action("withdraw", "withdraw", idParams, withdrawBody, (c, p, b) => withdrawComplaint(deps, c, p.id, b));
  action("merge", "merge", idParams, mergeBody, (c, p, b) => mergeComplaint(deps, c, p.id, b));
  action("decision", "decide", idParams, decisionBody, (c, p, b) => recordDecision(deps, c, p.id, b));
  action("notices", "record_notice", idParams, noticeBody, (c, p, b) => recordNotice(deps, c, p.id, b));
  action("close", "close", idParams, closeBody, (c, p, b) => closeComplaint(deps, c, p.id, b));

  app.post(
    "/api/complaints/:id/review-requests",
    {
      preHandler: allow(guard("request_review")),
      schema: {
        tags,
        params: idParams,
        body: reviewRequestBody,
        response: { 201: z.object({ id: z.number(), ref: z.string() }) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await requestReview(deps, callerOf(req), req.params.id, req.body)),
  );
}
