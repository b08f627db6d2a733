import { addWorkingDays, type BusinessCalendar, nextWorkingDay } from "../calendar/business-calendar.ts";
import { endOfLocalDay, localDateOf, localTimeOn } from "../calendar/dates.ts";

/**
 * Due times of the procedure's steps on the business calendar. Verification is due by the end of the day
 * the exception is reported, or of the next working day when that is a rest day; handling is due by the end
 * of the second working day after verification (both settings). A reminder goes out in the afternoon of
 * the due day, and a missed step goes to the sub-branch.
 */
export interface DeadlinePolicy {
  /** Working days after the reporting day that verification may take: 0 is the same day. */
  verifyWorkingDays: number;
  /** Working days after verification that handling may take. */
  handleWorkingDays: number;
}

/** The defaults an administrator may change (settings key `counter_exceptions.deadlines`). */
export const DEFAULT_DEADLINES: DeadlinePolicy = { verifyWorkingDays: 0, handleWorkingDays: 2 };
/** Local hour of the due day's reminder: before the outlet closes, so there is time to act. */
export const REMINDER_HOUR = 15;

/**
 * The end of the reporting day (of the next working day when it is a rest day), or `workingDays` working
 * days after it.
 */
export function verifyDueAt(
  reportedAt: Date,
  calendar: BusinessCalendar,
  timeZone: string,
  workingDays = DEFAULT_DEADLINES.verifyWorkingDays,
): string {
  const day = nextWorkingDay(calendar, localDateOf(reportedAt, timeZone));
  return endOfLocalDay(addWorkingDays(calendar, day, workingDays), timeZone).toISOString();
}

/** The end of the `workingDays`th working day after verification. */
export function handleDueAt(
  verifiedAt: Date,
  calendar: BusinessCalendar,
  timeZone: string,
  workingDays = DEFAULT_DEADLINES.handleWorkingDays,
): string {
  const day = addWorkingDays(calendar, localDateOf(verifiedAt, timeZone), workingDays);
  return endOfLocalDay(day, timeZone).toISOString();
}

/** The reminder on the due day, or null when that moment has already passed. */
export function reminderAt(dueAt: string, now: Date, timeZone: string): string | null {
  const at = localTimeOn(localDateOf(dueAt, timeZone), REMINDER_HOUR, timeZone);
  return at.getTime() > now.getTime() ? at.toISOString() : null;
}
