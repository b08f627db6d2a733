import { idParams } from "../../domain/common/page.ts";
import { sendReportBody } from "../../domain/incidents/reports.ts";
import { incidentReports } from "../../domain/incidents/room-schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { registerReportReminder, reportsOf, sendReport } from "./reports.ts";
import { getIncidentRow } from "./store.ts";

/** Upward reports (初报, 续报, 终报): those sent, a draft of the next, and sending one. */
export function registerReportRoutes(app: App, deps: Deps): void {
  const { db, config } = deps;
  registerReportReminder(deps);

  app.get(
    "/api/incidents/:id/reports",
    {
      preHandler: allow("incidents.read"),
      schema: {
        tags: ["incidents"],
        summary: "Sent upward reports and a draft of the next",
        params: idParams,
        response: { 200: incidentReports },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      const row = await getIncidentRow(db, caller.scopePath, req.params.id);
      return reportsOf(db, row, caller.locale, config.timeZone);
    },
  );

  app.post(
    "/api/incidents/:id/reports",
    {
      preHandler: allow("incidents.command"),
      schema: {
        tags: ["incidents"],
        params: idParams,
        body: sendReportBody,
        response: { 201: incidentReports },
      },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      await sendReport(deps, caller, req.params.id, req.body);
      const row = await getIncidentRow(db, caller.scopePath, req.params.id);
      return reply.status(201).send(await reportsOf(db, row, caller.locale, config.timeZone));
    },
  );
}
