import { addWorkingDays, type BusinessCalendar, nextWorkingDay } from "../calendar/business-calendar.ts";
import { endOfLocalDay, localDateOf, localTimeOn } from "../calendar/dates.ts";

/**
 * Due times of the procedure's steps on the business calendar. Verification is due by the end of the day
 * the exception is reported, or of the next working day when that is a rest day; handling is due by the end
 * of the `HANDLE_WORKING_DAYS`th working day after verification. A reminder goes out in the afternoon of
 * the due day, and a missed step goes to the sub-branch.
 */
export const HANDLE_WORKING_DAYS = 2;
/** Local hour of the due day's reminder: before the outlet closes, so there is time to act. */
export const REMINDER_HOUR = 15;

/** The end of the reporting day, or of the next working day when it is a rest day. */
export function verifyDueAt(reportedAt: Date, calendar: BusinessCalendar, timeZone: string): string {
  const day = nextWorkingDay(calendar, localDateOf(reportedAt, timeZone));
  return endOfLocalDay(day, timeZone).toISOString();
}

/** The end of the `HANDLE_WORKING_DAYS`th working day after verification. */
export function handleDueAt(verifiedAt: Date, calendar: BusinessCalendar, timeZone: string): string {
  const day = addWorkingDays(calendar, localDateOf(verifiedAt, timeZone), HANDLE_WORKING_DAYS);
  return endOfLocalDay(day, timeZone).toISOString();
}

/** The reminder on the due day, or null when that moment has already passed. */
export function reminderAt(dueAt: string, now: Date, timeZone: string): string | null {
  const at = localTimeOn(localDateOf(dueAt, timeZone), REMINDER_HOUR, timeZone);
  return at.getTime() > now.getTime() ? at.toISOString() : null;
}
