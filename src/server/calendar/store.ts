import type { Kysely } from "kysely";
import { type BusinessCalendar, businessCalendar } from "../../domain/calendar/business-calendar.ts";
import type { ListedCalendarDay } from "../../domain/calendar/schema.ts";
import type { Database } from "../db/schema.ts";
import { officialCalendar, officialDaysOf } from "./official-days.ts";

/**
 * The whole calendar as a domain object: the official days, each overridden by the administrators' day of
 * the same date. Administrators' days are a handful a year, so reading them per deadline computation is
 * cheap and always current after a change.
 */
export async function loadCalendar(db: Kysely<Database>): Promise<BusinessCalendar> {
  return calendarOf(await db.selectFrom("calendar_days").select(["date", "kind"]).execute());
}

/** The calendar from the administrators' days, read by the caller (with other rows in one statement). */
export const calendarOf = (admin: Parameters<typeof businessCalendar>[0]): BusinessCalendar =>
  businessCalendar(admin, officialCalendar());

/** A year's days that differ from the weekday/weekend rule, saying which came from the administrators. */
export async function listCalendarDays(db: Kysely<Database>, year: number): Promise<ListedCalendarDay[]> {
  const admin = await db
    .selectFrom("calendar_days")
    .select(["date", "kind", "name"])
    .where("date", ">=", `${year}-01-01`)
    .where("date", "<=", `${year}-12-31`)
    .execute();
  const days = new Map<string, ListedCalendarDay>();
  for (const d of officialDaysOf(year)) days.set(d.date, { ...d, source: "official" });
  for (const d of admin) days.set(d.date, { ...d, source: "admin" });
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}
