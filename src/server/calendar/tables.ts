import type { CalendarDayKind } from "../../domain/calendar/business-calendar.ts";

/** A day that differs from the weekday/weekend rule: a public holiday, or a make-up working day (调休). */
export interface CalendarDayTable {
  date: string;
  kind: CalendarDayKind;
  name: string;
  updated_at: string;
}

export interface CalendarTables {
  calendar_days: CalendarDayTable;
}
