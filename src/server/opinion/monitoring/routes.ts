import { z } from "zod";
import { idParams } from "../../../domain/common/page.ts";
import {
  candidate,
  candidatesQuery,
  createdEvent,
  createdSource,
  createRuleBody,
  createSourceBody,
  dismissBody,
  mentionAnswer,
  mentionBody,
  openCandidateBody,
  source,
  watchRule,
} from "../../../domain/opinion/schema.ts";
import { authenticateSource } from "../../common/source-tokens.ts";
import type { App, Deps } from "../../http/deps.ts";
import { allow, callerOf } from "../../http/request.ts";
import { orgTopics } from "../../live/bus.ts";
import { LIVE_EVENT } from "../create.ts";
import { dismissCandidate, listCandidates, openCandidate } from "./candidates.ts";
import { type Ingested, ingestMention } from "./ingest.ts";
import { registerFeedPolling } from "./poll.ts";
import { createRule, disableRule, listRules } from "./rules.ts";
import { createSource, listSources, manualSource, revokeSource } from "./sources.ts";

const tags = ["opinion"];

/** Monitoring (把好网络的口): sources, the ingest API, watch rules and the candidates they raise. */
export function registerMonitoringRoutes(app: App, deps: Deps): void {
  /** Once committed: the officers told of a new candidate, and the boards of events whose reach moved. */
  const announce = async (done: Ingested) => {
    if (done.topics.length)
      await deps.live.publish({ topics: done.topics, event: { type: "opinion.candidates", id: done.id } });
    for (const e of done.updated)
      await deps.live.publish({ topics: orgTopics(e.path), event: { type: LIVE_EVENT, id: e.id } });
  };
  const { db } = deps;
  registerFeedPolling(deps);

  app.post(
    "/api/opinion/sources",
    {
      preHandler: allow("opinion.configure"),
      schema: {
        tags,
        summary: "An RSS/Atom feed to poll, or an ingest source whose token is answered this once",
        body: createSourceBody,
        response: { 201: createdSource },
      },
    },
    async (req, reply) => reply.status(201).send(await createSource(deps, callerOf(req), req.body)),
  );

  app.get(
    "/api/opinion/sources",
    {
      preHandler: allow("opinion.configure"),
      schema: { tags, response: { 200: z.object({ items: z.array(source) }) } },
    },
    async () => ({ items: await listSources(db) }),
  );

  app.delete(
    "/api/opinion/sources/:id",
    {
      preHandler: allow("opinion.configure"),
      schema: {
        tags,
        summary: "Revoke: stop polling, refuse the token",
        params: idParams,
        response: { 200: source },
      },
    },
    async (req) => revokeSource(deps, callerOf(req), req.params.id),
  );

  // Machines call this with their token, not a session, so it carries no anti-forgery token (see app.ts).
  app.post(
    "/api/opinion/mentions",
    {
      schema: {
        tags,
        summary: "Ingest one mention (Authorization: Bearer <token>); 200 for a URL already received",
        body: mentionBody,
        response: { 200: mentionAnswer, 201: mentionAnswer },
      },
    },
    async (req, reply) => {
      const sourceId = await authenticateSource(db, "opinion_sources", req, {
        code: "opinion.token_invalid",
        action: "opinion.ingest_refused",
        entityType: "opinion_source",
        about: { url: req.body.url },
      });
      const now = deps.now();
      const done = await db
        .transaction()
        .execute((trx) => ingestMention(trx, sourceId, req.body, now, deps.config.timeZone));
      await announce(done);
      const { topics: _, updated: __, ...answer } = done;
      return reply.status(done.repeat ? 200 : 201).send(answer);
    },
  );

  app.post(
    "/api/opinion/mentions/manual",
    {
      preHandler: allow("opinion.report"),
      schema: {
        tags,
        summary: "A mention entered by hand",
        body: mentionBody,
        response: { 200: mentionAnswer, 201: mentionAnswer },
      },
    },
    async (req, reply) => {
      const now = deps.now();
      const done = await db.transaction().execute(async (trx) => {
        const sourceId = await manualSource(trx, now);
        return ingestMention(trx, sourceId, req.body, now, deps.config.timeZone);
      });
      await announce(done);
      const { topics: _, updated: __, ...answer } = done;
      return reply.status(done.repeat ? 200 : 201).send(answer);
    },
  );

  app.get(
    "/api/opinion/mentions",
    {
      preHandler: allow("opinion.read"),
      schema: {
        tags,
        summary: "Candidates in the caller's scope, each with its grouped mentions",
        querystring: candidatesQuery,
        response: { 200: z.object({ items: z.array(candidate) }) },
      },
    },
    async (req) => ({ items: await listCandidates(db, callerOf(req).scopePath, req.query.status) }),
  );

  app.post(
    "/api/opinion/candidates/:id/open",
    {
      preHandler: allow("opinion.handle"),
      schema: {
        tags,
        summary: "Open an event from a candidate",
        params: idParams,
        body: openCandidateBody,
        response: { 201: createdEvent },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await openCandidate(deps, callerOf(req), req.params.id, req.body)),
  );

  app.post(
    "/api/opinion/candidates/:id/dismiss",
    {
      preHandler: allow("opinion.handle"),
      schema: {
        tags,
        summary: "Dismiss a candidate, with why",
        params: idParams,
        body: dismissBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await dismissCandidate(deps, callerOf(req), req.params.id, req.body.reason);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/opinion/watch-rules",
    {
      preHandler: allow("opinion.watch_rules"),
      schema: { tags, response: { 200: z.object({ items: z.array(watchRule) }) } },
    },
    async (req) => ({ items: await listRules(db, callerOf(req).scopePath) }),
  );

  app.post(
    "/api/opinion/watch-rules",
    {
      preHandler: allow("opinion.watch_rules"),
      schema: { tags, body: createRuleBody, response: { 201: z.object({ id: z.number() }) } },
    },
    async (req, reply) => reply.status(201).send({ id: await createRule(deps, callerOf(req), req.body) }),
  );

  app.delete(
    "/api/opinion/watch-rules/:id",
    {
      preHandler: allow("opinion.watch_rules"),
      schema: { tags, params: idParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await disableRule(deps, callerOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
