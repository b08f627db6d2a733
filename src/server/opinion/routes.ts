import { z } from "zod";
import { idParams, pageOf, pageQuery } from "../../domain/common/page.ts";
import type { OpinionPolicy } from "../../domain/opinion/deadlines.ts";
import {
  captureBody,
  createdEvent,
  createEventBody,
  detail,
  entryBody,
  levelBody,
  linkBody,
  linksQuery,
  listItem,
  listQuery,
  noteBody,
  publishBody,
  reachBody,
  settingsBody,
  spokespersonBody,
  statementBody,
  statementIdParams,
  stepBody,
  taskBody,
} from "../../domain/opinion/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import {
  addCapture,
  addEntry,
  designateSpokesperson,
  doTask,
  linkRecord,
  overrideLevel,
  reportToBranch,
  takeStep,
  updateReach,
} from "./commands.ts";
import { createEvent } from "./create.ts";
import { registerOpinionEscalation } from "./escalation.ts";
import { eventsLinkedTo } from "./links.ts";
import { registerMonitoringRoutes } from "./monitoring/routes.ts";
import { eventDetail, toListItem } from "./present.ts";
import { addScreenshot, MAX_SCREENSHOT_MB, screenshotData } from "./screenshots.ts";
import { loadOpinionPolicy, updateOpinionPolicy } from "./settings.ts";
import { changeStatement, draftStatement } from "./statements.ts";
import { getEvent, listEvents } from "./store.ts";

const tags = ["opinion"];
const BASE = "/api/opinion/events";

/** Public-opinion events (舆情事件): the record, its workflow and registers, and the monitoring feeds. */
export function registerOpinionRoutes(app: App, deps: Deps): void {
  const { db } = deps;
  registerOpinionEscalation(deps);
  registerMonitoringRoutes(app, deps);

  app.post(
    BASE,
    {
      preHandler: allow("opinion.report"),
      schema: {
        tags,
        summary: "Record an event (发现)",
        body: createEventBody,
        response: { 201: createdEvent },
      },
    },
    async (req, reply) => reply.status(201).send(await createEvent(deps, callerOf(req), req.body)),
  );

  app.get(
    BASE,
    {
      preHandler: allow("opinion.read"),
      schema: { tags, querystring: listQuery.extend(pageQuery.shape), response: { 200: pageOf(listItem) } },
    },
    async (req) => {
      const page = await listEvents(db, callerOf(req).scopePath, req.query);
      return { items: page.rows.map(toListItem), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/opinion/links",
    {
      preHandler: allow("opinion.read"),
      schema: {
        tags,
        summary: "Events linked to a complaint, incident or counter exception",
        querystring: linksQuery,
        response: { 200: z.object({ items: z.array(listItem) }) },
      },
    },
    async (req) => ({
      items: (await eventsLinkedTo(db, callerOf(req).scopePath, req.query.ref)).map(toListItem),
    }),
  );

  app.get(
    "/api/opinion/settings",
    { preHandler: allow("opinion.read"), schema: { tags, response: { 200: settingsBody } } },
    async () => loadOpinionPolicy(db),
  );
  app.put(
    "/api/opinion/settings",
    {
      preHandler: allow("opinion.configure"),
      schema: { tags, summary: "Deadlines per level", body: settingsBody, response: { 200: settingsBody } },
    },
    async (req) => updateOpinionPolicy(db, callerOf(req), req.body as OpinionPolicy, deps.now()),
  );

  app.get(
    `${BASE}/:id`,
    { preHandler: allow("opinion.read"), schema: { tags, params: idParams, response: { 200: detail } } },
    async (req) => eventDetail(db, callerOf(req), req.params.id),
  );

  /** A write on one event, answered with the event as it now is. */
  const write = <B extends z.ZodType>(
    path: string,
    body: B,
    summary: string,
    run: (caller: ReturnType<typeof callerOf>, id: number, body: z.infer<B>) => Promise<unknown>,
  ) =>
    app.post(
      `${BASE}/:id/${path}`,
      {
        preHandler: allow("opinion.read"),
        schema: { tags, summary, params: idParams, body, response: { 200: detail } },
      },
      async (req) => {
        const caller = callerOf(req);
        await run(caller, req.params.id, req.body as z.infer<B>);
        return eventDetail(db, caller, req.params.id);
      },
    );

  write("step", stepBody, "Next step: verify, assess, respond, track, review (closes)", (c, id, b) =>
    takeStep(deps, c, id, b),
  );
  write("level", levelBody, "Override the rule's level, with a reason", (c, id, b) =>
    overrideLevel(deps, c, id, b.level, b.reason),
  );
  write("reach", reachBody, "New reach figures; the rule weighs them again", (c, id, b) =>
    updateReach(deps, c, id, b),
  );
  write("report-branch", noteBody, "Reported to the branch", (c, id, b) =>
    reportToBranch(deps, c, id, b.note),
  );
  write("spokesperson", spokespersonBody, "Designate the spokesperson", (c, id, b) =>
    designateSpokesperson(deps, c, id, b.userId),
  );
  write("tasks", taskBody, "Tick a task of the five moves (once, by one of its roles)", (c, id, b) =>
    doTask(deps, c, id, b.task),
  );
  write("entries", entryBody, "A register entry: media contact, rumour, risk note, publicity", (c, id, b) =>
    addEntry(deps, c, id, b),
  );
  write("captures", captureBody, "Captured text of the post", (c, id, b) => addCapture(deps, c, id, b.text));
  write("links", linkBody, "Link a complaint, incident or counter exception", (c, id, b) =>
    linkRecord(deps, c, id, b.ref),
  );
  write("statements", statementBody, "Draft a statement (a new version)", (c, id, b) =>
    draftStatement(deps, c, id, b.text),
  );

  const statementWrite = <B extends z.ZodType>(
    path: string,
    body: B,
    summary: string,
    run: (caller: ReturnType<typeof callerOf>, id: number, sid: number, body: z.infer<B>) => Promise<unknown>,
  ) =>
    app.post(
      `${BASE}/:id/statements/:statementId/${path}`,
      {
        preHandler: allow("opinion.read"),
        schema: { tags, summary, params: statementIdParams, body, response: { 200: detail } },
      },
      async (req) => {
        const caller = callerOf(req);
        await run(caller, req.params.id, req.params.statementId, req.body as z.infer<B>);
        return eventDetail(db, caller, req.params.id);
      },
    );
  statementWrite("edit", statementBody, "Reword a draft", (c, id, sid, b) =>
    changeStatement(deps, c, id, sid, { kind: "edit", text: b.text }),
  );
  statementWrite(
    "approve",
    z.object({}),
    "Approve a draft: management over the event, not its author",
    (c, id, sid) => changeStatement(deps, c, id, sid, { kind: "approve" }),
  );
  statementWrite("publish", publishBody, "Published where and when; frozen from then on", (c, id, sid, b) =>
    changeStatement(deps, c, id, sid, { kind: "publish", where: b.where, at: b.at }),
  );

  app.post(
    `${BASE}/:id/screenshots`,
    {
      preHandler: allow("opinion.handle"),
      schema: {
        tags,
        summary: `A screenshot (JPEG, PNG or WebP, at most ${MAX_SCREENSHOT_MB} MB) as multipart field "file"`,
        params: idParams,
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const file = await req.file({ limits: { fileSize: MAX_SCREENSHOT_MB * 1024 * 1024, files: 1 } });
      return reply.status(201).send({ id: await addScreenshot(deps, callerOf(req), req.params.id, file) });
    },
  );

  app.get(
    `${BASE}/:id/screenshots/:screenshotId`,
    {
      preHandler: allow("opinion.read"),
      schema: {
        tags,
        params: z.object({
          id: z.coerce.number().int().positive(),
          screenshotId: z.coerce.number().int().positive(),
        }),
      },
    },
    async (req, reply) => {
      await getEvent(db, callerOf(req).scopePath, req.params.id);
      const shot = await screenshotData(db, req.params.id, req.params.screenshotId);
      reply
        .header("content-type", shot.mime)
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, max-age=3600");
      return reply.send(Buffer.from(shot.data));
    },
  );
}
