import { z } from "zod";
import { CALENDAR_DAY_KINDS } from "./business-calendar.ts";
import { isLocalDate } from "./dates.ts";

export const localDate = z.string().refine(isLocalDate, "calendar.date");

export const calendarDay = z.object({ date: z.string(), kind: z.enum(CALENDAR_DAY_KINDS), name: z.string() });
export const calendarDayParams = z.object({ date: localDate });
export const putCalendarDayBody = z.object({
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string().trim().min(1).max(40),
});
export const listCalendarQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
