import dayjs, { type Dayjs } from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import { timeZone } from "../common/time.ts";

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * A picked date range as the half-open interval [from, to) of whole days in the staff's time zone, so that
 * "23 Nov" means the 23rd in Beijing whatever zone the browser runs in.
 */
export function dayRange([start, end]: [Dayjs, Dayjs]): { from: string; to: string } {
  const midnight = (day: Dayjs) => dayjs.tz(day.format("YYYY-MM-DD"), timeZone()).format();
  return { from: midnight(start), to: midnight(end.add(1, "day")) };
}
