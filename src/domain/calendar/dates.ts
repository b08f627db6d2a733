/**
 * Calendar days as "YYYY-MM-DD" strings and the instants that bound them in a time zone. Deadlines are
 * counted in local days (a complaint received at 23:30 in Shanghai was received that day, whatever UTC says),
 * so every rule works on local dates and turns them into instants only at the edges.
 */
import { dateFormat } from "../common/time.ts";

export type LocalDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The local date of an instant in the zone. */
export function localDateOf(instant: Date | string, timeZone: string): LocalDate {
  return dateFormat("en-CA", timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(instant),
  );
}

/** The date `days` later (or earlier, when negative); month ends and leap years come from the UTC calendar. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Minutes the zone is ahead of UTC at an instant (480 for Asia/Shanghai). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = dateFormat("en-US", timeZone, {
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant a local date starts in the zone (its local midnight). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const guess = Date.parse(`${date}T00:00:00Z`);
  // Two rounds settle zones whose offset changes near midnight (daylight saving elsewhere than China).
  let instant = guess - offsetMinutes(guess, timeZone) * 60_000;
  instant = guess - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant);
}

/** The last millisecond of a local date: "within N days" includes the whole of the Nth day. */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  return new Date(startOfLocalDay(addDays(date, 1), timeZone).getTime() - 1);
}

/** A local clock time on a local date, e.g. 09:00 for a morning reminder. */
export function localTimeOn(date: LocalDate, hour: number, timeZone: string): Date {
  return new Date(startOfLocalDay(date, timeZone).getTime() + hour * 3_600_000);
}
