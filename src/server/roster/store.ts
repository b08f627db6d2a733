import type { Kysely } from "kysely";
import { addDays, localDateOf, startOfLocalDay } from "../../domain/calendar/dates.ts";
import { onDuty } from "../../domain/roster/duty.ts";
import type { Roster } from "../../domain/roster/schema.ts";
import { loadCalendar } from "../calendar/store.ts";
import type { Database } from "../db/schema.ts";
import { getOrgUnit } from "../org/store.ts";

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

/** A unit's roster with who is on duty now; the unit's staff and the levels above see it. */
export async function rosterOf(
  db: Kysely<Database>,
  scopePath: string,
  orgUnitId: number,
  now: Date,
  timeZone: string,
): Promise<Roster> {
  const unit = await getOrgUnit(db, scopePath, orgUnitId);
  const shifts = await db
    .selectFrom("duty_shifts")
    .innerJoin("users", "users.id", "duty_shifts.user_id")
    .select(["duty_shifts.id", "user_id", "users.display_name", "day_kind", "date", "start_time", "end_time"])
    .where("duty_shifts.org_unit_id", "=", unit.id)
    .orderBy("day_kind")
    .orderBy("date")
    .orderBy("start_time")
    .execute();
  return {
    orgUnitId: unit.id,
    shifts: shifts.map((s) => ({
      id: s.id,
      userId: s.user_id,
      userName: s.display_name,
      dayKind: s.day_kind,
      date: s.date,
      start: s.start_time,
      end: s.end_time,
    })),
    onDuty: await dutyPersonAt(db, unit.id, now, timeZone),
  };
}
