import type { Kysely } from "kysely";
import { addDays, localDateOf, startOfLocalDay } from "../../domain/calendar/dates.ts";
import { onDuty } from "../../domain/roster/duty.ts";
import { loadCalendar } from "../calendar/store.ts";
import type { Database } from "../db/schema.ts";

export interface DutyPerson {
  id: number;
  displayName: string;
  mobilePhone: string | null;
}

/** The person on duty at a unit at an instant (the roster's swaps first), or null when nobody is. */
export async function dutyPersonAt(
  db: Kysely<Database>,
  orgUnitId: number,
  at: Date,
  timeZone: string,
): Promise<DutyPerson | null> {
  const date = localDateOf(at, timeZone);
  const shifts = await db
    .selectFrom("duty_shifts")
    .select(["user_id", "day_kind", "date", "start_time", "end_time"])
    .where("org_unit_id", "=", orgUnitId)
    .where((eb) => eb.or([eb("date", "is", null), eb("date", "in", [date, addDays(date, -1)])]))
    .orderBy("id")
    .execute();
  if (shifts.length === 0) return null;
  const minute = Math.floor((at.getTime() - startOfLocalDay(date, timeZone).getTime()) / 60_000);
  const userId = onDuty(
    shifts.map((s) => ({
      userId: s.user_id,
      dayKind: s.day_kind,
      date: s.date,
      start: s.start_time,
      end: s.end_time,
    })),
    await loadCalendar(db),
    date,
    minute,
  );
  if (userId === null) return null;
  const user = await db
    .selectFrom("users")
    .select(["id", "display_name", "mobile_phone"])
    .where("id", "=", userId)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  return user ? { id: user.id, displayName: user.display_name, mobilePhone: user.mobile_phone } : null;
}
