import { z } from "zod";
import { responseTimes, responseTimesQuery } from "../../domain/incidents/room-schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { incidentResponseTimes } from "./response-times.ts";

/** How fast incidents were acknowledged, brought under control and closed, per outlet and category. */
export function registerResponseTimeRoutes(app: App, { db }: Deps): void {
  app.get(
    "/api/incidents/figures",
    {
      preHandler: allow("incidents.read"),
      schema: {
        tags: ["incidents"],
        summary:
          "Per outlet and category: count and average minutes to acknowledge, stabilise, close (drills excluded)",
        querystring: responseTimesQuery,
        response: { 200: z.object({ items: z.array(responseTimes) }) },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      const range = {
        from: new Date(req.query.from).toISOString(),
        to: new Date(req.query.to).toISOString(),
      };
      return { items: await incidentResponseTimes(db, caller.scopePath, range, caller.locale) };
    },
  );
}
