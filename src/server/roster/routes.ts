import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import { addShiftBody, roster } from "../../domain/roster/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { addShift, removeShift } from "./commands.ts";
import { rosterOf } from "./store.ts";

const unitParams = z.object({ unitId: z.coerce.number().int().positive() });

/** The duty roster (值班表) of a unit: read by its staff and the levels above, kept by its head or above. */
export function registerRosterRoutes(app: App, { db, now, config }: Deps): void {
  const tags = ["roster"];
  app.get(
    "/api/roster/:unitId",
    { preHandler: allow("org.read"), schema: { tags, params: unitParams, response: { 200: roster } } },
    async (req) => rosterOf(db, callerOf(req).scopePath, req.params.unitId, now(), config.timeZone),
  );

  app.post(
    "/api/roster/:unitId/shifts",
    {
      preHandler: allow("roster.manage"),
      schema: {
        tags,
        params: unitParams,
        body: addShiftBody,
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addShift(db, callerOf(req), req.params.unitId, req.body, now())),
  );

  app.delete(
    "/api/roster/shifts/:id",
    { preHandler: allow("roster.manage"), schema: { tags, params: idParams } },
    async (req, reply) => {
      await removeShift(db, callerOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
