import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import {
  closeRectificationBody,
  listRectificationsQuery,
  rectification,
} from "../../domain/inspections/schema.ts";
import { MAX_PHOTO_MB, PHOTO_LIMITS } from "../common/photo-file.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { addEvidencePhoto, closeRectification } from "./commands.ts";
import { presentRectification } from "./present.ts";
import { evidencePhotos, getRectificationRow, listRectifications, photosOf } from "./store.ts";

/** Rectification tasks: listed for the outlet and its owners, closed with a note and photos of the result. */
export function registerRectificationRoutes(app: App, deps: Deps): void {
  const { db } = deps;
  const tags = ["inspections"];

  const one = async (user: Parameters<typeof presentRectification>[2], id: number) => {
    const row = await getRectificationRow(db, user.orgUnit.path, id);
    return presentRectification(row, await photosOf(db, row.inspection_id), user, deps.now());
  };

  app.get(
    "/api/inspections/rectifications",
    {
      preHandler: allow("inspections.read"),
      schema: {
        tags,
        querystring: listRectificationsQuery,
        response: { 200: z.object({ items: z.array(rectification) }) },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      const rows = await listRectifications(db, caller.scopePath, caller.user.id, req.query);
      const photos = await evidencePhotos(
        db,
        rows.map((r) => r.id),
      );
      return { items: rows.map((row) => presentRectification(row, photos, caller.user, deps.now())) };
    },
  );

  app.get(
    "/api/inspections/rectifications/:id",
    {
      preHandler: allow("inspections.read"),
      schema: { tags, params: idParams, response: { 200: rectification } },
    },
    async (req) => one(callerOf(req).user, req.params.id),
  );

  app.post(
    "/api/inspections/rectifications/:id/photos",
    {
      preHandler: allow("inspections.rectify"),
      schema: {
        tags,
        summary: `A photo of the rectified state (JPEG, PNG or WebP, at most ${MAX_PHOTO_MB} MB) as multipart field "file"`,
        params: idParams,
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const file = await req.file({ limits: PHOTO_LIMITS });
      const id = await addEvidencePhoto(deps, callerOf(req), req.params.id, file);
      return reply.status(201).send({ id });
    },
  );

  app.post(
    "/api/inspections/rectifications/:id/close",
    {
      preHandler: allow("inspections.rectify"),
      schema: { tags, params: idParams, body: closeRectificationBody, response: { 200: rectification } },
    },
    async (req) => {
      await closeRectification(deps, callerOf(req), req.params.id, req.body);
      return one(callerOf(req).user, req.params.id);
    },
  );
}
