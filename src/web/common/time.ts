import { formatLocalTime } from "../../domain/common/time.ts";

/**
 * The zone staff read times in. The server has its own setting (BULWARK_TIME_ZONE) but does not publish it
 * yet, so the web app uses the product default.
 */
export const TIME_ZONE = "Asia/Shanghai";

export const formatTime = (iso: string) => formatLocalTime(iso, TIME_ZONE);

/** The hour of the day (0–23) in the staff's time zone. */
export function hourNow(): number {
  return Number(
    new Intl.DateTimeFormat("en", { timeZone: TIME_ZONE, hour: "numeric", hourCycle: "h23" }).format(
      new Date(),
    ),
  );
}
