import { z } from "zod";
import {
  calendarDay,
  calendarDayParams,
  listCalendarQuery,
  putCalendarDayBody,
} from "../../domain/calendar/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { clearCalendarDay, setCalendarDay } from "./commands.ts";
import { listCalendarDays } from "./store.ts";

/**
 * The business calendar: the official days (official-days.ts) and the single days administrators set over
 * them; deadlines already running keep their stored due time until their next clock event recomputes it. The writes are in
 * commands.ts.
 */
export function registerCalendarRoutes(app: App, { db, now }: Deps): void {
  app.get(
    "/api/calendar/days",
    {
      preHandler: allow("calendar.read"),
      schema: {
        tags: ["calendar"],
        querystring: listCalendarQuery,
        response: { 200: z.object({ items: z.array(calendarDay) }) },
      },
    },
    async (req) => ({ items: await listCalendarDays(db, req.query.year) }),
  );

  app.put(
    "/api/calendar/days/:date",
    {
      preHandler: allow("calendar.manage"),
      schema: {
        tags: ["calendar"],
        params: calendarDayParams,
        body: putCalendarDayBody,
        response: { 200: calendarDay },
      },
    },
    async (req) => setCalendarDay(db, callerOf(req), req.params.date, req.body, now()),
  );

  app.delete(
    "/api/calendar/days/:date",
    { preHandler: allow("calendar.manage"), schema: { tags: ["calendar"], params: calendarDayParams } },
    async (req, reply) => {
      await clearCalendarDay(db, callerOf(req), req.params.date);
      return reply.status(204).send();
    },
  );
}
