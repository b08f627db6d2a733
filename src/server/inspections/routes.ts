import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { idParams, pageOf } from "../../domain/common/page.ts";
import {
  createInspectionBody,
  inspectionDetail,
  inspectionSummary,
  listInspectionsQuery,
  photoParams,
  recordResultBody,
  resultParams,
  submitInspectionBody,
} from "../../domain/inspections/schema.ts";
import { MAX_PHOTO_MB, PHOTO_LIMITS } from "../common/photo-file.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { registerChecklistRoutes } from "./checklist-routes.ts";
import {
  addFindingPhoto,
  cancelInspection,
  recordResult,
  startInspection,
  submitInspection,
} from "./commands.ts";
import { registerRectificationDue } from "./due.ts";
import { presentSummary } from "./present.ts";
import { loadDetail } from "./present-detail.ts";
import { registerRectificationRoutes } from "./rectifications-routes.ts";
import { getInspectionRow, listInspections, photoData } from "./store.ts";

/** 网点检查: the sub-branch inspects an outlet against the checklist; failed items become rectifications. */
export function registerInspectionRoutes(app: App, deps: Deps): void {
  const { db } = deps;
  const tags = ["inspections"];
  registerRectificationDue(deps);
  registerChecklistRoutes(app, deps);
  registerRectificationRoutes(app, deps);
  const detail = (req: FastifyRequest, id: number) => loadDetail(db, callerOf(req).user, id, deps.now());

  app.get(
    "/api/inspections",
    {
      preHandler: allow("inspections.read"),
      schema: { tags, querystring: listInspectionsQuery, response: { 200: pageOf(inspectionSummary) } },
    },
    async (req) => {
      const page = await listInspections(db, callerOf(req).scopePath, req.query);
      return { items: page.rows.map(presentSummary), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/inspections",
    {
      preHandler: allow("inspections.conduct"),
      schema: { tags, body: createInspectionBody, response: { 201: inspectionDetail } },
    },
    async (req, reply) => {
      const id = await startInspection(deps, callerOf(req), req.body);
      return reply.status(201).send(await detail(req, id));
    },
  );

  app.get(
    "/api/inspections/:id",
    {
      preHandler: allow("inspections.read"),
      schema: { tags, params: idParams, response: { 200: inspectionDetail } },
    },
    async (req) => detail(req, req.params.id),
  );

  app.put(
    "/api/inspections/:id/results/:resultId",
    {
      preHandler: allow("inspections.conduct"),
      schema: { tags, params: resultParams, body: recordResultBody, response: { 200: inspectionDetail } },
    },
    async (req) => {
      await recordResult(deps, callerOf(req), req.params.id, req.params.resultId, req.body);
      return detail(req, req.params.id);
    },
  );

  app.post(
    "/api/inspections/:id/results/:resultId/photos",
    {
      preHandler: allow("inspections.conduct"),
      schema: {
        tags,
        summary: `A photo of the finding (JPEG, PNG or WebP, at most ${MAX_PHOTO_MB} MB) as multipart field "file"`,
        params: resultParams,
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const file = await req.file({ limits: PHOTO_LIMITS });
      const id = await addFindingPhoto(deps, callerOf(req), req.params.id, req.params.resultId, file);
      return reply.status(201).send({ id });
    },
  );

  // The image itself: bytes with their checked type, no JSON schema.
  app.get(
    "/api/inspections/:id/photos/:photoId",
    { preHandler: allow("inspections.read"), schema: { tags, params: photoParams } },
    async (req, reply) => {
      await getInspectionRow(db, callerOf(req).scopePath, req.params.id);
      const photo = await photoData(db, req.params.id, req.params.photoId);
      reply
        .header("content-type", photo.mime)
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, max-age=3600");
      return reply.send(Buffer.from(photo.data));
    },
  );

  app.post(
    "/api/inspections/:id/submit",
    {
      preHandler: allow("inspections.conduct"),
      schema: { tags, params: idParams, body: submitInspectionBody, response: { 200: inspectionDetail } },
    },
    async (req) => {
      await submitInspection(deps, callerOf(req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  app.post(
    "/api/inspections/:id/cancel",
    {
      preHandler: allow("inspections.conduct"),
      schema: { tags, params: idParams, response: { 200: inspectionDetail } },
    },
    async (req) => {
      await cancelInspection(deps, callerOf(req), req.params.id);
      return detail(req, req.params.id);
    },
  );
}
