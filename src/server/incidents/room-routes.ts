import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import { sendReportBody } from "../../domain/incidents/reports.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { drillCalendar, incidentFigures } from "./figures.ts";
import { addPhoto, listPhotos, MAX_PHOTO_MB, photoData } from "./photos.ts";
import { registerReportReminder, reportsOf, sendReport } from "./reports.ts";
import { getIncidentRow } from "./store.ts";

const photoParams = z.object({
  id: z.coerce.number().int().positive(),
  photoId: z.coerce.number().int().positive(),
});

/** Upward reports, scene photos, figures and the drill calendar. */
export function registerIncidentRoomRoutes(app: App, deps: Deps): void {
  const { db, config, now } = deps;
  registerReportReminder(deps);

  app.get(
    "/api/incidents/:id/reports",
    {
      preHandler: allow("incidents.read"),
      schema: {
        tags: ["incidents"],
        summary: "Sent upward reports and a draft of the next",
        params: idParams,
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
      schema: { tags: ["incidents"], params: idParams, body: sendReportBody },
    },
    async (req, reply) => {
      await sendReport(deps, callerOf(req), req.params.id, req.body);
      return reply
        .status(201)
        .send(
          await reportsOf(
            db,
            await getIncidentRow(db, callerOf(req).scopePath, req.params.id),
            callerOf(req).locale,
            config.timeZone,
          ),
        );
    },
  );

  app.post(
    "/api/incidents/:id/photos",
    {
      preHandler: allow("incidents.work"),
      schema: {
        tags: ["incidents"],
        summary: `A scene photo (JPEG, PNG or WebP, at most ${MAX_PHOTO_MB} MB) as multipart field "file"`,
        params: idParams,
      },
    },
    async (req, reply) => {
      const file = await req.file({ limits: { fileSize: MAX_PHOTO_MB * 1024 * 1024, files: 1 } });
      const photoId = await addPhoto(deps, callerOf(req), req.params.id, file);
      return reply.status(201).send({ id: photoId });
    },
  );

  app.get(
    "/api/incidents/:id/photos",
    { preHandler: allow("incidents.read"), schema: { tags: ["incidents"], params: idParams } },
    async (req) => {
      await getIncidentRow(db, callerOf(req).scopePath, req.params.id);
      return { items: await listPhotos(db, req.params.id) };
    },
  );

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

  app.get(
    "/api/incidents/figures",
    {
      preHandler: allow("incidents.read"),
      schema: {
        tags: ["incidents"],
        summary:
          "Per outlet and category: count and average minutes to acknowledge, stabilise, close (drills excluded)",
        querystring: z.object({
          from: z.iso.datetime({ offset: true }),
          to: z.iso.datetime({ offset: true }),
        }),
      },
    },
    async (req) => {
      const caller = callerOf(req);
      const range = {
        from: new Date(req.query.from).toISOString(),
        to: new Date(req.query.to).toISOString(),
      };
      return { items: await incidentFigures(db, caller.scopePath, range, caller.locale) };
    },
  );

  app.get(
    "/api/incidents/drills",
    {
      preHandler: allow("incidents.read"),
      schema: {
        tags: ["incidents"],
        summary: "Drill calendar per outlet for a year",
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      },
    },
    async (req) => {
      const caller = callerOf(req);
      const year =
        req.query.year ??
        Number(new Intl.DateTimeFormat("en", { timeZone: config.timeZone, year: "numeric" }).format(now()));
      return {
        year,
        outlets: await drillCalendar(db, caller.scopePath, year, caller.locale, config.timeZone),
      };
    },
  );
}
