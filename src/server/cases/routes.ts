import { z } from "zod";
import {
  caseRecord,
  createCaseBody,
  fromSourceBody,
  searchCasesQuery,
  similarCase,
  similarCasesQuery,
  updateCaseBody,
} from "../../domain/cases/schema.ts";
import { idParams, pageOf, pageQuery } from "../../domain/common/page.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { createCase, createCaseFromSource, publishCase, updateCase } from "./commands.ts";
import { getCase, searchCases, similarCases, type Viewer } from "./store.ts";

/** 案例库: Chinese full-text search, similar past cases for a new report, drafting and publishing. */
export function registerCaseRoutes(app: App, deps: Deps): void {
  const { db } = deps;
  const tags = ["cases"];
  const viewer = (req: Parameters<typeof callerOf>[0]): Viewer => {
    const caller = callerOf(req);
    return { userId: caller.user.id, role: caller.user.role, scopePath: caller.scopePath };
  };

  app.get(
    "/api/cases",
    {
      preHandler: allow("cases.read"),
      schema: {
        tags,
        querystring: searchCasesQuery.extend(pageQuery.shape),
        response: { 200: pageOf(caseRecord) },
      },
    },
    async (req) => searchCases(db, viewer(req), req.query),
  );

  app.get(
    "/api/cases/similar",
    {
      preHandler: allow("cases.read"),
      schema: {
        tags,
        summary: "Published cases most like the text of a new incident or complaint",
        querystring: similarCasesQuery,
        response: { 200: z.object({ items: z.array(similarCase) }) },
      },
    },
    async (req) => ({ items: await similarCases(db, req.query.text, req.query.category, req.query.limit) }),
  );

  app.get(
    "/api/cases/:id",
    { preHandler: allow("cases.read"), schema: { tags, params: idParams, response: { 200: caseRecord } } },
    async (req) => (await getCase(db, viewer(req), req.params.id)).record,
  );

  app.post(
    "/api/cases",
    {
      preHandler: allow("cases.manage"),
      schema: { tags, body: createCaseBody, response: { 201: caseRecord } },
    },
    async (req, reply) => reply.status(201).send(await createCase(deps, callerOf(req), req.body)),
  );

  app.post(
    "/api/cases/from-source",
    {
      preHandler: allow("cases.manage"),
      schema: {
        tags,
        summary:
          "Draft a case from a closed incident, complaint, exception or opinion event, personal data stripped",
        body: fromSourceBody,
        response: { 201: caseRecord },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createCaseFromSource(deps, callerOf(req), req.body.sourceRef)),
  );

  app.patch(
    "/api/cases/:id",
    {
      preHandler: allow("cases.manage"),
      schema: { tags, params: idParams, body: updateCaseBody, response: { 200: caseRecord } },
    },
    async (req) => updateCase(deps, callerOf(req), req.params.id, req.body),
  );

  app.post(
    "/api/cases/:id/publish",
    { preHandler: allow("cases.manage"), schema: { tags, params: idParams, response: { 200: caseRecord } } },
    async (req) => publishCase(deps, callerOf(req), req.params.id),
  );
}
