import { z } from "zod";
import {
  calendarDay,
  calendarDayParams,
  listCalendarQuery,
  putCalendarDayBody,
} from "../../domain/calendar/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { listCalendarDays } from "./store.ts";

/**
 * The business calendar: the official days (official-days.ts) and the single days administrators set over
 * them; deadlines already running keep their stored due time until their next clock event recomputes it.
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
    async (req) => {
      const caller = callerOf(req);
      const { date } = req.params;
      return db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom("calendar_days")
          .select(["kind", "name"])
          .where("date", "=", date)
          .executeTakeFirst();
        const row = { date, kind: req.body.kind, name: req.body.name, updated_at: now().toISOString() };
        await trx
          .insertInto("calendar_days")
          .values(row)
          .onConflict((oc) =>
            oc.column("date").doUpdateSet({ kind: row.kind, name: row.name, updated_at: row.updated_at }),
          )
          .execute();
        await appendAudit(trx, caller.actor, {
          action: "calendar.set_day",
          entityType: "calendar_day",
          entityId: date,
          orgUnit: caller.user.orgUnit,
          before: before ?? null,
          after: { kind: row.kind, name: row.name },
        });
        return { date, kind: row.kind, name: row.name, source: "admin" as const };
      });
    },
  );

  app.delete(
    "/api/calendar/days/:date",
    { preHandler: allow("calendar.manage"), schema: { tags: ["calendar"], params: calendarDayParams } },
    async (req, reply) => {
      const caller = callerOf(req);
      const { date } = req.params;
      await db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom("calendar_days")
          .select(["kind", "name"])
          .where("date", "=", date)
          .executeTakeFirst();
        if (!before) return;
        await trx.deleteFrom("calendar_days").where("date", "=", date).execute();
        await appendAudit(trx, caller.actor, {
          action: "calendar.clear_day",
          entityType: "calendar_day",
          entityId: date,
          orgUnit: caller.user.orgUnit,
          before,
        });
      });
      return reply.status(204).send();
    },
  );
}
