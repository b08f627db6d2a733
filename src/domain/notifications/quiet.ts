import { minuteOfDay } from "../roster/duty.ts";

/**
 * Minutes from `minute` (of the local day) until the quiet hours end, 0 when outside them. Quiet hours may
 * run past midnight (22:00–07:00).
 */
export function minutesUntilQuietEnds(start: string | null, end: string | null, minute: number): number {
  if (!start || !end || start === end) return 0;
  const s = minuteOfDay(start);
  const e = minuteOfDay(end);
  const inside = s < e ? minute >= s && minute < e : minute >= s || minute < e;
  if (!inside) return 0;
  return (e - minute + 1440) % 1440;
}
