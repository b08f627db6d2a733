import type { BusinessCalendar } from "../calendar/business-calendar.ts";
import { addDays, type LocalDate } from "../calendar/dates.ts";

export const DAY_KINDS = ["workday", "holiday", "date"] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/**
 * A line of the duty roster: recurring on working days or on rest days (the business calendar decides which
 * a date is, 调休 included), or on one date — a swap, which wins over the recurring shifts it overlaps. A
 * shift whose end is not after its start runs past midnight (22:00–08:00); 00:00–00:00 is the whole day.
 */
export interface Shift {
  userId: number;
  dayKind: DayKind;
  date: LocalDate | null;
  start: string;
  end: string;
}

export const minuteOfDay = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether the shift, started on its day, covers `minute` of that day ("same") or of the day after. */
function covers(s: Shift, minute: number, day: "same" | "next"): boolean {
  const start = minuteOfDay(s.start);
  const end = minuteOfDay(s.end);
  if (start < end) return day === "same" && minute >= start && minute < end;
  return day === "same" ? minute >= start : minute < end;
}

/** Who is on duty at `minute` of the local `date`: a swap first, then the recurring roster; null if nobody. */
export function onDuty(
  shifts: readonly Shift[],
  calendar: BusinessCalendar,
  date: LocalDate,
  minute: number,
): number | null {
  for (const [day, when] of [
    [date, "same"],
    [addDays(date, -1), "next"],
  ] as const) {
    const kind = calendar.isWorkingDay(day) ? "workday" : "holiday";
    const swap = shifts.find((s) => s.dayKind === "date" && s.date === day && covers(s, minute, when));
    if (swap) return swap.userId;
    const usual = shifts.find((s) => s.dayKind === kind && covers(s, minute, when));
    if (usual) return usual.userId;
  }
  return null;
}
