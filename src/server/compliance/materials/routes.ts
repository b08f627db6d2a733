import { z } from "zod";
import { idParams, pageOf, pageQuery } from "../../../domain/common/page.ts";
import {
  listMaterialsQuery,
  material,
  materialSummary,
  newVersionBody,
  reviewBody,
  submitMaterialBody,
} from "../../../domain/compliance/materials-schema.ts";
import type { App, Deps } from "../../http/deps.ts";
import { allow, callerOf } from "../../http/request.ts";
import { reviewMaterial, submitMaterial, submitVersion } from "./commands.ts";
import { getAttachment, getMaterial, listMaterials } from "./store.ts";

/** Marketing-material review: submit → automatic check → four-eyes approval; approved versions frozen. */
export function registerMaterialRoutes(app: App, deps: Deps): void {
  const { db } = deps;
  const tags = ["materials"];

  app.get(
    "/api/materials",
    {
      preHandler: allow("materials.submit"),
      schema: {
        tags,
        querystring: listMaterialsQuery.extend(pageQuery.shape),
        response: { 200: pageOf(materialSummary) },
      },
    },
    async (req) => listMaterials(db, callerOf(req).scopePath, req.query),
  );

  app.get(
    "/api/materials/:id",
    {
      preHandler: allow("materials.submit"),
      schema: { tags, params: idParams, response: { 200: material } },
    },
    async (req) => (await getMaterial(db, callerOf(req).scopePath, req.params.id)).material,
  );

  app.get(
    "/api/materials/:id/versions/:versionId/attachment",
    {
      preHandler: allow("materials.submit"),
      schema: { tags, params: idParams.extend({ versionId: z.coerce.number().int().positive() }) },
    },
    async (req, reply) => {
      const file = await getAttachment(db, callerOf(req).scopePath, req.params.id, req.params.versionId);
      return reply
        .type(file.type)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header("x-content-type-options", "nosniff")
        .send(file.data);
    },
  );

  app.post(
    "/api/materials",
    {
      preHandler: allow("materials.submit"),
      schema: { tags, body: submitMaterialBody, response: { 201: material } },
    },
    async (req, reply) => reply.status(201).send(await submitMaterial(deps, callerOf(req), req.body)),
  );

  app.post(
    "/api/materials/:id/versions",
    {
      preHandler: allow("materials.submit"),
      schema: { tags, params: idParams, body: newVersionBody, response: { 201: material } },
    },
    async (req, reply) =>
      reply.status(201).send(await submitVersion(deps, callerOf(req), req.params.id, req.body)),
  );

  app.post(
    "/api/materials/:id/review",
    {
      preHandler: allow("materials.review"),
      schema: { tags, params: idParams, body: reviewBody, response: { 200: material } },
    },
    async (req) => reviewMaterial(deps, callerOf(req), req.params.id, req.body),
  );
}
