import type { z } from "zod";
import type { putCalendarDayBody } from "../../domain/calendar/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Db } from "../db/database.ts";

/**
 * An administrator's changes to the business calendar, each in one audited transaction. Deadlines already
 * running keep their stored due time until their next clock event recomputes it.
 */
export async function setCalendarDay(
  db: Db,
  caller: Caller,
  date: string,
  day: z.infer<typeof putCalendarDayBody>,
  at: Date,
) {
  return db.transaction().execute(async (trx) => {
    const before = await dayOf(trx, date);
    const row = { date, kind: day.kind, name: day.name, updated_at: at.toISOString() };
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
}

/** Clearing a day that holds nothing is a no-op, and leaves no audit entry. */
export async function clearCalendarDay(db: Db, caller: Caller, date: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await dayOf(trx, date);
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
}

const dayOf = (db: Db, date: string) =>
  db.selectFrom("calendar_days").select(["kind", "name"]).where("date", "=", date).executeTakeFirst();
