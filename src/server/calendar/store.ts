import type { Kysely } from "kysely";
import { type BusinessCalendar, businessCalendar } from "../../domain/calendar/business-calendar.ts";
import type { Database } from "../db/schema.ts";

/**
 * The whole calendar as a domain object. It holds a few dozen rows a year, so reading it per deadline
 * computation is cheap and always current after an administrator's change.
 */
export async function loadCalendar(db: Kysely<Database>): Promise<BusinessCalendar> {
  const rows = await db.selectFrom("calendar_days").select(["date", "kind"]).execute();
  return businessCalendar(rows);
}

export async function listCalendarDays(db: Kysely<Database>, year: number) {
  return db
    .selectFrom("calendar_days")
    .select(["date", "kind", "name"])
    .where("date", ">=", `${year}-01-01`)
    .where("date", "<=", `${year}-12-31`)
    .orderBy("date")
    .execute();
}
