/** The UTC instant at which a local calendar day ("2026-11-23") begins in `timeZone`. */
export function localDayStart(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  const asIfUtc = Date.UTC(y, m - 1, d);
  return new Date(asIfUtc - offsetMinutes(new Date(asIfUtc), timeZone) * 60_000);
}

/** The zone's offset from UTC at an instant, in minutes (Asia/Shanghai: +480). */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return (local - at.getTime()) / 60_000;
}

/** The half-open UTC range [from, to) covering local days `from` … `to`, both inclusive. */
export function localDayRange(from: string | undefined, to: string | undefined, timeZone: string) {
  const next = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  return {
    from: from ? localDayStart(from, timeZone).toISOString() : undefined,
    to: to ? localDayStart(next(to), timeZone).toISOString() : undefined,
  };
}
