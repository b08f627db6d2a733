import { createRequire } from "node:module";
import {
  type BusinessCalendar,
  businessCalendar,
  type CalendarDay,
} from "../../domain/calendar/business-calendar.ts";

/** The package's data: date → "English name,中文名,days" for holidays and for make-up working days. */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let days: readonly CalendarDay[] | null = null;
let calendar: BusinessCalendar | null = null;

/**
 * Every official public holiday and make-up working day (调休上班) the installed `chinese-days` knows, named
 * in Chinese (春节, 国庆节 …), read once per process. They are not copied into the database: the installed
 * package is the record, so upgrading it (a new year's arrangement published) takes effect at the restart,
 * and the days administrators set (calendar_days) override these without ever being overwritten. The dist
 * JSON is read rather than the query functions, which answer one date or range at a time.
 */
export function officialDays(): readonly CalendarDay[] {
  if (!days) {
    const data = createRequire(import.meta.url)("chinese-days/dist/chinese-days.json") as ChineseDaysData;
    const of = (entries: Record<string, string>, kind: CalendarDay["kind"]) =>
      Object.entries(entries).map(([date, label]) => ({ date, kind, name: label.split(",")[1] ?? label }));
    days = [...of(data.holidays, "holiday"), ...of(data.workdays, "workday")].sort((a, b) =>
      a.date.localeCompare(b.date),
    );
  }
  return days;
}

/** The official arrangement over weekends, built once: every deadline computation starts from it. */
export function officialCalendar(): BusinessCalendar {
  calendar ??= businessCalendar(officialDays());
  return calendar;
}

/** The official days of one year. */
export const officialDaysOf = (year: number) => officialDays().filter((d) => d.date.startsWith(`${year}-`));
