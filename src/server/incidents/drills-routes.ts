import { drillCalendar as drillCalendarSchema, drillsQuery } from "../../domain/incidents/room-schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { drillCalendar } from "./drills.ts";

/** The drill calendar (演练) of the caller's outlets for a year, this year unless asked. */
export function registerDrillRoutes(app: App, { db, config, now }: Deps): void {
  app.get(
    "/api/incidents/drills",
    {
      preHandler: allow("incidents.read"),
      schema: {
        tags: ["incidents"],
        summary: "Drill calendar per outlet for a year",
        querystring: drillsQuery,
        response: { 200: drillCalendarSchema },
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
