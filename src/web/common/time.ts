import { formatLocalTime } from "../../domain/common/time.ts";

/**
 * The zone staff read times in: the server's BULWARK_TIME_ZONE, which the signed-in user's /api/me carries
 * (set once it arrives); the product default until then, e.g. on the sign-in page.
 */
let zone = "Asia/Shanghai";

export function setTimeZone(timeZone: string): void {
  zone = timeZone;
}

export const timeZone = () => zone;

export const formatTime = (iso: string) => formatLocalTime(iso, zone);

/** The hour of the day (0–23) in the staff's time zone. */
export function hourNow(): number {
  return Number(
    new Intl.DateTimeFormat("en", { timeZone: zone, hour: "numeric", hourCycle: "h23" }).format(new Date()),
  );
}
