import { z } from "zod";
import { idParams, pageOf, pageQuery } from "../../domain/common/page.ts";
import {
  CATEGORIES,
  CATEGORY_CODES,
  type CategoryCode,
  QUESTIONS,
} from "../../domain/incidents/categories.ts";
import { severityRules } from "../../domain/incidents/policy.ts";
import { catalogue } from "../../domain/incidents/room-schema.ts";
import {
  assignRoleBody,
  incident,
  incidentSummary,
  listIncidentsQuery,
  noteBody,
  reportIncidentBody,
  reviewBody,
  severityBody,
  timelineEntry,
  transitionBody,
} from "../../domain/incidents/schema.ts";
import { SEVERITIES, SEVERITY_LABELS, suggestSeverity } from "../../domain/incidents/severity.ts";
import type { PlaybookContent } from "../../domain/knowhow/playbook.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { appliedVersions } from "../knowhow/store.ts";
import {
  addNote,
  assignRole,
  changeSeverity,
  completeTask,
  reportIncident,
  submitReview,
  transitionIncident,
} from "./commands.ts";
import { registerDrillRoutes } from "./drills-routes.ts";
import { registerEscalation } from "./escalation.ts";
import { registerPhotoRoutes } from "./photos-routes.ts";
import { registerPlanRoutes } from "./plan-routes.ts";
import { currentPlaybook } from "./playbook.ts";
import { registerReportRoutes } from "./reports-routes.ts";
import { registerResponseTimeRoutes } from "./response-times-routes.ts";
import { loadPolicy } from "./settings.ts";
import { registerPolicyRoutes } from "./settings-routes.ts";
import { board, getIncidentRow, listIncidents, loadIncident, presentIncident, timeline } from "./store.ts";

const taskParams = z.object({
  id: z.coerce.number().int().positive(),
  taskId: z.coerce.number().int().positive(),
});

export function registerIncidentRoutes(app: App, deps: Deps): void {
  const { db, now } = deps;
  registerEscalation(deps);
  registerPolicyRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerPhotoRoutes(app, deps);
  registerResponseTimeRoutes(app, deps);
  registerDrillRoutes(app, deps);
  registerPlanRoutes(app, deps);

  const present = async (req: Parameters<typeof callerOf>[0], id: number) => {
    const caller = callerOf(req);
    const { row, children } = await loadIncident(db, caller.scopePath, id);
    return presentIncident(db, row, children, caller.user, caller.locale, now());
  };

  app.get(
    "/api/incidents/catalogue",
    {
      preHandler: allow("incidents.read"),
      schema: {
        tags: ["incidents"],
        summary: "Categories with their quick questions and severity rules, for the report page",
        response: { 200: catalogue },
      },
    },
    async (req) => {
      const { locale, scopePath } = callerOf(req);
      const policy = await loadPolicy(db);
      const playbooks = new Map(
        (await appliedVersions<PlaybookContent>(db, "playbook", scopePath)).map((p) => [p.key, p.content]),
      );
      const floorsOf = (code: CategoryCode) =>
        Object.fromEntries(
          Object.entries(playbooks.get(code)?.answers ?? {}).flatMap(([key, rule]) =>
            rule.floor ? [[key, rule.floor]] : [],
          ),
        );
      return {
        categories: CATEGORY_CODES.filter((code) => !policy.disabledCategories.includes(code)).map(
          (code) => ({
            code,
            label: CATEGORIES[code].label[locale],
            scale: CATEGORIES[code].scale,
            questions: CATEGORIES[code].questions.map((key) => ({ key, text: QUESTIONS[key][locale] })),
            baseSeverity: policy.baseSeverity[code],
            floors: floorsOf(code),
          }),
        ),
        severities: SEVERITIES.map((code) => ({ code, label: SEVERITY_LABELS[code][locale] })),
      };
    },
  );

  app.post(
    "/api/incidents/suggest-severity",
    {
      preHandler: allow("incidents.report"),
      schema: { tags: ["incidents"], body: reportIncidentBody.pick({ category: true, answers: true }) },
    },
    async (req) => {
      const playbook = await currentPlaybook(db, callerOf(req).scopePath, req.body.category);
      const s = suggestSeverity(
        req.body.category,
        req.body.answers ?? {},
        severityRules(await loadPolicy(db)),
        playbook.content.answers,
      );
      return { severity: s.severity, reason: s.reason[callerOf(req).locale] };
    },
  );

  app.post(
    "/api/incidents",
    {
      preHandler: allow("incidents.report"),
      schema: { tags: ["incidents"], body: reportIncidentBody, response: { 201: incident } },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      const { row, children } = await reportIncident(deps, caller, req.body);
      return reply
        .status(201)
        .send(await presentIncident(db, row, children, caller.user, caller.locale, now()));
    },
  );

  app.get(
    "/api/incidents",
    {
      preHandler: allow("incidents.read"),
      schema: {
        tags: ["incidents"],
        querystring: listIncidentsQuery.extend(pageQuery.shape),
        response: { 200: pageOf(incidentSummary) },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      return listIncidents(db, caller.scopePath, req.query, caller.locale, now());
    },
  );

  app.get(
    "/api/incidents/board",
    {
      preHandler: allow("incidents.read"),
      schema: {
        tags: ["incidents"],
        summary: "Open incidents, most severe and most overdue first",
        response: { 200: z.object({ items: z.array(incidentSummary) }) },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      return { items: await board(db, caller.scopePath, caller.locale, now()) };
    },
  );

  app.get(
    "/api/incidents/:id",
    {
      preHandler: allow("incidents.read"),
      schema: { tags: ["incidents"], params: idParams, response: { 200: incident } },
    },
    async (req) => present(req, req.params.id),
  );

  app.get(
    "/api/incidents/:id/timeline",
    {
      preHandler: allow("incidents.read"),
      schema: {
        tags: ["incidents"],
        params: idParams,
        response: { 200: z.object({ items: z.array(timelineEntry) }) },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      await getIncidentRow(db, caller.scopePath, req.params.id);
      return { items: await timeline(db, req.params.id, caller.locale) };
    },
  );

  const write = { preHandler: allow("incidents.work") };
  const command = { preHandler: allow("incidents.command") };

  app.post(
    "/api/incidents/:id/transitions",
    {
      ...write,
      schema: { tags: ["incidents"], params: idParams, body: transitionBody, response: { 200: incident } },
    },
    async (req) => {
      await transitionIncident(deps, callerOf(req), req.params.id, req.body.action, req.body.note);
      return present(req, req.params.id);
    },
  );

  app.post(
    "/api/incidents/:id/tasks/:taskId/done",
    { ...write, schema: { tags: ["incidents"], params: taskParams, response: { 200: incident } } },
    async (req) => {
      await completeTask(deps, callerOf(req), req.params.id, req.params.taskId);
      return present(req, req.params.id);
    },
  );

  app.post(
    "/api/incidents/:id/notes",
    { ...write, schema: { tags: ["incidents"], params: idParams, body: noteBody } },
    async (req, reply) => {
      await addNote(deps, callerOf(req), req.params.id, req.body.text);
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/incidents/:id/roles",
    {
      ...write,
      schema: { tags: ["incidents"], params: idParams, body: assignRoleBody, response: { 200: incident } },
    },
    async (req) => {
      await assignRole(deps, callerOf(req), req.params.id, req.body.role, req.body.userId);
      return present(req, req.params.id);
    },
  );

  app.post(
    "/api/incidents/:id/severity",
    {
      ...command,
      schema: { tags: ["incidents"], params: idParams, body: severityBody, response: { 200: incident } },
    },
    async (req) => {
      await changeSeverity(deps, callerOf(req), req.params.id, req.body);
      return present(req, req.params.id);
    },
  );

  app.post(
    "/api/incidents/:id/review",
    {
      ...command,
      schema: { tags: ["incidents"], params: idParams, body: reviewBody, response: { 200: incident } },
    },
    async (req) => {
      await submitReview(deps, callerOf(req), req.params.id, req.body);
      return present(req, req.params.id);
    },
  );
}
