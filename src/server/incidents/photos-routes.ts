import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import { photo, photoParams } from "../../domain/incidents/room-schema.ts";
import { MAX_PHOTO_MB, PHOTO_LIMITS } from "../common/photo-file.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { addPhoto, listPhotos, photoData } from "./photos.ts";
import { getIncidentRow } from "./store.ts";

/** Scene photos: uploaded as evidence, listed in the room, served only to those who may see the incident. */
export function registerPhotoRoutes(app: App, deps: Deps): void {
  const { db } = deps;

  app.post(
    "/api/incidents/:id/photos",
    {
      preHandler: allow("incidents.work"),
      schema: {
        tags: ["incidents"],
        summary: `A scene photo (JPEG, PNG or WebP, at most ${MAX_PHOTO_MB} MB) as multipart field "file"`,
        params: idParams,
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const file = await req.file({ limits: PHOTO_LIMITS });
      const photoId = await addPhoto(deps, callerOf(req), req.params.id, file);
      return reply.status(201).send({ id: photoId });
    },
  );

  app.get(
    "/api/incidents/:id/photos",
    {
      preHandler: allow("incidents.read"),
      schema: {
        tags: ["incidents"],
        params: idParams,
        response: { 200: z.object({ items: z.array(photo) }) },
      },
    },
    async (req) => {
      await getIncidentRow(db, callerOf(req).scopePath, req.params.id);
      return { items: await listPhotos(db, req.params.id) };
    },
  );

  // The image itself: bytes with their checked type, no JSON schema.
  app.get(
    "/api/incidents/:id/photos/:photoId",
    { preHandler: allow("incidents.read"), schema: { tags: ["incidents"], params: photoParams } },
    async (req, reply) => {
      await getIncidentRow(db, callerOf(req).scopePath, req.params.id);
      const photo = await photoData(db, req.params.id, req.params.photoId);
      reply
        .header("content-type", photo.mime)
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, max-age=3600");
      return reply.send(Buffer.from(photo.data));
    },
  );
}
