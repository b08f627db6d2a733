import { type LocalDate, startOfLocalDay } from "../../domain/calendar/dates.ts";
import { pastTimeProblem } from "../../domain/common/plausibility.ts";
import { invalid } from "./errors.ts";

/** Refuses a received or occurred time in the future or beyond the horizon, naming the field. */
export function checkPastTime(field: string, iso: string, now: Date): void {
  const problem = pastTimeProblem(iso, now);
  if (problem) throw invalid(field, problem.key, problem.params);
}

/** The same for a local calendar day: the day may be today, counted from its first instant in the zone. */
export function checkPastDate(field: string, date: LocalDate, now: Date, timeZone: string): void {
  checkPastTime(field, startOfLocalDay(date, timeZone).toISOString(), now);
}
