import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import {
  createElementBody,
  createEvaluationBody,
  evaluation,
  evaluationSummary,
  fileParams,
  itemParams,
  listEvaluationsQuery,
  ratingElement,
  scoreBody,
  updateElementBody,
} from "../../domain/self-evaluations/schema.ts";
import { MAX_PHOTO_MB, PHOTO_LIMITS } from "../common/photo-file.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { addFile, createEvaluation, scoreItem, signOff } from "./commands.ts";
import { createElement, updateElement } from "./elements.ts";
import { presentElement, presentSummary } from "./present.ts";
import { loadEvaluation } from "./present-detail.ts";
import { fileData, getEvaluationRow, listEvaluations, ratingSheet } from "./store.ts";

/** 监管评价自评: the rating sheet as data, each year's evaluation of a branch or head office, its sign-off. */
export function registerSelfEvaluationRoutes(app: App, deps: Deps): void {
  const { db } = deps;
  const tags = ["self-evaluations"];
  const detail = (req: FastifyRequest, id: number) =>
    loadEvaluation(db, callerOf(req).user, id, deps.config.timeZone);

  app.get(
    "/api/self-evaluations/elements",
    {
      preHandler: allow("self_evaluations.read"),
      schema: { tags, response: { 200: z.object({ items: z.array(ratingElement) }) } },
    },
    async () => ({ items: (await ratingSheet(db, false)).map(presentElement) }),
  );

  app.post(
    "/api/self-evaluations/elements",
    {
      preHandler: allow("self_evaluations.configure"),
      schema: { tags, body: createElementBody, response: { 201: ratingElement } },
    },
    async (req, reply) => reply.status(201).send(await createElement(deps, callerOf(req), req.body)),
  );

  app.patch(
    "/api/self-evaluations/elements/:id",
    {
      preHandler: allow("self_evaluations.configure"),
      schema: { tags, params: idParams, body: updateElementBody, response: { 200: ratingElement } },
    },
    async (req) => updateElement(deps, callerOf(req), req.params.id, req.body),
  );

  app.get(
    "/api/self-evaluations",
    {
      preHandler: allow("self_evaluations.read"),
      schema: {
        tags,
        querystring: listEvaluationsQuery,
        response: { 200: z.object({ items: z.array(evaluationSummary) }) },
      },
    },
    async (req) => ({
      items: (await listEvaluations(db, callerOf(req).scopePath, req.query.year)).map(presentSummary),
    }),
  );

  app.post(
    "/api/self-evaluations",
    {
      preHandler: allow("self_evaluations.prepare"),
      schema: { tags, body: createEvaluationBody, response: { 201: evaluation } },
    },
    async (req, reply) => {
      const id = await createEvaluation(deps, callerOf(req), req.body.year);
      return reply.status(201).send(await detail(req, id));
    },
  );

  app.get(
    "/api/self-evaluations/:id",
    {
      preHandler: allow("self_evaluations.read"),
      schema: { tags, params: idParams, response: { 200: evaluation } },
    },
    async (req) => detail(req, req.params.id),
  );

  app.put(
    "/api/self-evaluations/:id/items/:itemId",
    {
      preHandler: allow("self_evaluations.prepare"),
      schema: { tags, params: itemParams, body: scoreBody, response: { 200: evaluation } },
    },
    async (req) => {
      await scoreItem(deps, callerOf(req), req.params.id, req.params.itemId, req.body);
      return detail(req, req.params.id);
    },
  );

  app.post(
    "/api/self-evaluations/:id/items/:itemId/files",
    {
      preHandler: allow("self_evaluations.prepare"),
      schema: {
        tags,
        summary: `Evidence for one element (JPEG, PNG, WebP or PDF, at most ${MAX_PHOTO_MB} MB) as multipart field "file"`,
        params: itemParams,
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const file = await req.file({ limits: PHOTO_LIMITS });
      const id = await addFile(deps, callerOf(req), req.params.id, req.params.itemId, file);
      return reply.status(201).send({ id });
    },
  );

  // The file itself, as a download with its checked type.
  app.get(
    "/api/self-evaluations/:id/files/:fileId",
    { preHandler: allow("self_evaluations.read"), schema: { tags, params: fileParams } },
    async (req, reply) => {
      await getEvaluationRow(db, callerOf(req).scopePath, req.params.id);
      const file = await fileData(db, req.params.id, req.params.fileId);
      return reply
        .header("content-type", file.mime)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`)
        .header("x-content-type-options", "nosniff")
        .send(Buffer.from(file.data));
    },
  );

  app.post(
    "/api/self-evaluations/:id/sign-off",
    {
      preHandler: allow("self_evaluations.sign_off"),
      schema: { tags, params: idParams, response: { 200: evaluation } },
    },
    async (req) => {
      await signOff(deps, callerOf(req), req.params.id);
      return detail(req, req.params.id);
    },
  );
}
