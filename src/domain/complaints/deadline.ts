import { addWorkingDays, type BusinessCalendar, nextWorkingDay } from "../calendar/business-calendar.ts";
import {
  addDays,
  daysBetween,
  endOfLocalDay,
  type LocalDate,
  localDateOf,
  localTimeOn,
} from "../calendar/dates.ts";

/**
 * The regulator's clock for a complaint (银行业保险业消费投诉处理管理办法 §18, §20, §23, §33, §43):
 * 15 natural days from receipt, 30 after a first extension, 60 after a second; appraisal and mediation stop
 * the clock; new facts restart it; a withdrawal ends it. Counting is in local calendar days.
 */
export const DECISION_DAYS = [15, 30, 60] as const;
export type ExtensionLevel = 0 | 1 | 2;
/** 核查: the complainant may ask within 30 days of the notice; the upper level decides within 30 days. */
export const REVIEW_WINDOW_DAYS = 30;
export const REVIEW_DECISION_DAYS = 30;
/** A complaint forwarded by a regulator is passed on within 7 working days. */
export const FORWARDING_WORKING_DAYS = 7;
/** Warnings go out this many days before the due day, and again on the due day, at WARNING_HOUR local time. */
export const WARNING_DAYS_BEFORE = 3;
export const WARNING_HOUR = 9;

/**
 * Conventions the rules leave open (民法典 §201, §203, not verified for complaints), so they are settings:
 * `excludeStartDay` — the day of receipt is not counted; `shiftOffHolidays` — a deadline on a rest day moves
 * to the next working day.
 */
export interface ClockSettings {
  timeZone: string;
  excludeStartDay: boolean;
  shiftOffHolidays: boolean;
}

export const DEFAULT_CLOCK_SETTINGS: ClockSettings = {
  timeZone: "Asia/Shanghai",
  excludeStartDay: true,
  shiftOffHolidays: true,
};

/** A stretch during which the clock stood still (external appraisal, mediation); `endedAt` null while it runs. */
export interface ClockPause {
  startedAt: string;
  endedAt: string | null;
}

export interface ClockInput {
  /** Receipt, or the latest restart on new facts or reasons. */
  startedAt: string;
  days: number;
  pauses: readonly ClockPause[];
  /** Withdrawal or decision: the clock no longer runs. */
  stoppedAt?: string | null;
}

export type Clock =
  | { state: "running"; dueDate: LocalDate; dueAt: string; pausedDays: number }
  | { state: "paused"; remainingDays: number; pausedSince: string }
  | { state: "stopped"; stoppedAt: string };

/** Longest pause or calendar run worth counting through; beyond it the input is wrong, not the rule. */
const MAX_DAYS = 3660;

/** Local dates on which a pause held the clock: from its start day up to, not including, its end day. */
function pausedDates(pauses: readonly ClockPause[], timeZone: string) {
  return pauses.map((p) => ({
    from: localDateOf(p.startedAt, timeZone),
    until: p.endedAt ? localDateOf(p.endedAt, timeZone) : null,
    startedAt: p.startedAt,
  }));
}

/** Counts `days` natural days, skipping paused days, then applies the holiday-shift convention. */
export function computeClock(input: ClockInput, calendar: BusinessCalendar, settings: ClockSettings): Clock {
  if (input.stoppedAt) return { state: "stopped", stoppedAt: input.stoppedAt };
  const start = localDateOf(input.startedAt, settings.timeZone);
  const paused = pausedDates(input.pauses, settings.timeZone);
  let day = settings.excludeStartDay ? addDays(start, 1) : start;
  let counted = 0;
  let pausedDays = 0;
  for (let i = 0; i < MAX_DAYS; i++, day = addDays(day, 1)) {
    const holding = paused.find((p) => p.from <= day && (p.until === null || day < p.until));
    if (holding?.until === null) {
      return { state: "paused", remainingDays: input.days - counted, pausedSince: holding.startedAt };
    }
    if (holding) {
      pausedDays++;
      continue;
    }
    counted++;
    if (counted === input.days) {
      const dueDate = settings.shiftOffHolidays ? nextWorkingDay(calendar, day) : day;
      return {
        state: "running",
        dueDate,
        dueAt: endOfLocalDay(dueDate, settings.timeZone).toISOString(),
        pausedDays,
      };
    }
  }
  throw new Error("the clock did not reach its deadline: pauses too long");
}

/** The decision clock of a complaint at its extension level. */
export function decisionClock(
  c: {
    startedAt: string;
    extensionLevel: ExtensionLevel;
    pauses: readonly ClockPause[];
    stoppedAt?: string | null;
  },
  calendar: BusinessCalendar,
  settings: ClockSettings,
): Clock {
  return computeClock({ ...c, days: DECISION_DAYS[c.extensionLevel] }, calendar, settings);
}

/** A plain natural-day deadline with no pauses: the review window and the review's own clock. */
export function naturalDeadline(
  from: string,
  days: number,
  calendar: BusinessCalendar,
  settings: ClockSettings,
) {
  const clock = computeClock({ startedAt: from, days, pauses: [] }, calendar, settings);
  if (clock.state !== "running") throw new Error("a clock without pauses always runs");
  return clock.dueAt;
}

/** The 7-working-day deadline for passing on a complaint forwarded by a regulator. */
export function forwardingDueAt(
  receivedAt: string,
  calendar: BusinessCalendar,
  settings: ClockSettings,
): string {
  const start = localDateOf(receivedAt, settings.timeZone);
  const from = settings.excludeStartDay ? start : addDays(start, -1);
  return endOfLocalDay(
    addWorkingDays(calendar, from, FORWARDING_WORKING_DAYS),
    settings.timeZone,
  ).toISOString();
}

/** When to warn (3 days before, and on the day) and when the deadline is breached. Past warnings are dropped. */
export function warningSchedule(dueDate: LocalDate, dueAt: string, now: Date, timeZone: string) {
  const warnings = [
    { kind: "before", at: localTimeOn(addDays(dueDate, -WARNING_DAYS_BEFORE), WARNING_HOUR, timeZone) },
    { kind: "due_day", at: localTimeOn(dueDate, WARNING_HOUR, timeZone) },
  ] as const;
  return {
    warnings: warnings
      .filter((w) => w.at.getTime() > now.getTime())
      .map((w) => ({ kind: w.kind, at: w.at.toISOString() })),
    breachAt: new Date(Date.parse(dueAt) + 1).toISOString(),
  };
}

/** Whole local days left until the due day (0 on the day, negative once breached). */
export function daysLeft(dueAt: string, now: Date, timeZone: string): number {
  return daysBetween(localDateOf(now, timeZone), localDateOf(dueAt, timeZone));
}
