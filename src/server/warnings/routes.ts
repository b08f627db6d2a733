import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import { liftBody, listWarningsQuery, signalBody, warning } from "../../domain/warnings/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { acknowledgeWarning, liftWarning } from "./commands.ts";
import { presentWarning } from "./present.ts";
import { registerWarningSettingsRoutes } from "./settings-routes.ts";
import { ingestSignal, sourceOf } from "./sources.ts";
import { getWarning, listWarnings } from "./store.ts";

const tags = ["warnings"];

/** 预警: open warnings in the caller's scope, acknowledging and lifting them, and figures pushed from outside. */
export async function registerWarningRoutes(app: App, deps: Deps): Promise<void> {
  const { db, now } = deps;

  app.get(
    "/api/warnings",
    {
      preHandler: allow("warnings.read"),
      schema: {
        tags,
        summary: "Open warnings in the caller's scope (all=true: lifted ones too)",
        querystring: listWarningsQuery,
        response: { 200: z.object({ items: z.array(warning) }) },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      const rows = await listWarnings(db, caller.scopePath, {
        all: req.query.all === "true",
        orgUnitId: req.query.orgUnitId,
      });
      return { items: rows.map((r) => presentWarning(r, caller.user.role)) };
    },
  );

  app.get(
    "/api/warnings/:id",
    { preHandler: allow("warnings.read"), schema: { tags, params: idParams, response: { 200: warning } } },
    async (req) => {
      const caller = callerOf(req);
      return presentWarning(await getWarning(db, caller.scopePath, req.params.id), caller.user.role);
    },
  );

  app.post(
    "/api/warnings/:id/acknowledge",
    { preHandler: allow("warnings.handle"), schema: { tags, params: idParams, response: { 200: warning } } },
    async (req) => acknowledgeWarning(deps, callerOf(req), req.params.id),
  );

  app.post(
    "/api/warnings/:id/lift",
    {
      preHandler: allow("warnings.handle"),
      schema: {
        tags,
        summary: "解除预警, with the reason",
        params: idParams,
        body: liftBody,
        response: { 200: warning },
      },
    },
    async (req) => liftWarning(deps, callerOf(req), req.params.id, req.body.reason),
  );

  app.post(
    "/api/warnings/signals",
    {
      schema: {
        tags,
        summary: "A figure from an outside system (queue length, waiting time, withdrawals), by source token",
        headers: z.object({ authorization: z.string().optional() }),
        body: signalBody,
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const source = await sourceOf(db, req, req.body);
      return reply.status(201).send(await ingestSignal(db, source, req.body, now()));
    },
  );

  registerWarningSettingsRoutes(app, deps);
}
