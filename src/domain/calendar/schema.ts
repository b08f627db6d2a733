import { z } from "zod";
import { CALENDAR_DAY_KINDS } from "./business-calendar.ts";
import { isLocalDate } from "./dates.ts";

export const localDate = z.string().refine(isLocalDate, "calendar.date");

/** Where a day comes from: the official arrangement (the `chinese-days` package), or an administrator. */
export const CALENDAR_DAY_SOURCES = ["official", "admin"] as const;

export const calendarDay = z.object({
  date: z.string(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string(),
  source: z.enum(CALENDAR_DAY_SOURCES),
});
export type ListedCalendarDay = z.infer<typeof calendarDay>;
export const calendarDayParams = z.object({ date: localDate });
export const putCalendarDayBody = z.object({
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string().trim().min(1).max(40),
});
export const listCalendarQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
