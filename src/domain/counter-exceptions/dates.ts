import { addDays, startOfLocalDay } from "../calendar/dates.ts";

/** The half-open UTC range [from, to) covering local days `from` … `to`, both inclusive. */
export function localDayRange(from: string | undefined, to: string | undefined, timeZone: string) {
  return {
    from: from ? startOfLocalDay(from, timeZone).toISOString() : undefined,
    to: to ? startOfLocalDay(addDays(to, 1), timeZone).toISOString() : undefined,
  };
}
