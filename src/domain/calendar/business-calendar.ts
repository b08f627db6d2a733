import { addDays, type LocalDate, weekday } from "./dates.ts";

/**
 * The business calendar that administrators maintain: weekends are rest days, public holidays are rest days,
 * and make-up working days (调休) turn a weekend day into a working day.
 */
export const CALENDAR_DAY_KINDS = ["holiday", "workday"] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export interface CalendarDay {
  date: LocalDate;
  kind: CalendarDayKind;
  name: string;
}

export interface BusinessCalendar {
  isWorkingDay(date: LocalDate): boolean;
}

/** Weekends only: what a calendar without any entries means. */
export const WEEKENDS_ONLY: BusinessCalendar = {
  isWorkingDay(date) {
    const wd = weekday(date);
    return wd !== 0 && wd !== 6;
  },
};

/** The days given, over `base` for every other day (the official arrangement under an administrator's days). */
export function businessCalendar(
  days: readonly Pick<CalendarDay, "date" | "kind">[],
  base: BusinessCalendar = WEEKENDS_ONLY,
): BusinessCalendar {
  const exceptions = new Map(days.map((d) => [d.date, d.kind]));
  return {
    isWorkingDay(date) {
      const kind = exceptions.get(date);
      return kind ? kind === "workday" : base.isWorkingDay(date);
    },
  };
}

/** A run of more than a year of rest days means broken calendar data, not a real holiday. */
const MAX_SCAN_DAYS = 400;

/** The date itself when it is a working day, else the next working day. */
export function nextWorkingDay(calendar: BusinessCalendar, date: LocalDate): LocalDate {
  let day = date;
  for (let i = 0; i < MAX_SCAN_DAYS; i++, day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day)) return day;
  }
  throw new Error(`no working day within ${MAX_SCAN_DAYS} days of ${date}`);
}

/** The date on which `count` working days after `from` have passed (the day `from` itself is not counted). */
export function addWorkingDays(calendar: BusinessCalendar, from: LocalDate, count: number): LocalDate {
  let day = from;
  let counted = 0;
  for (let i = 0; counted < count; i++) {
    if (i > MAX_SCAN_DAYS + count * 7) throw new Error(`cannot count ${count} working days from ${from}`);
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) counted++;
  }
  return day;
}
