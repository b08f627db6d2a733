import { localDateOf } from "../calendar/dates.ts";
import { type Axis, type CategoryEntry, categoryPath } from "./classification.ts";

/** The figures of one complaint that statistics need; nothing personal beyond the repeat key. */
export interface StatsRow {
  channelCode: string;
  businessCategoryCode: string;
  causeCode: string;
  orgUnitName: string;
  grade: string;
  receivedAt: string;
  decidedAt: string | null;
  decisionDueAt: string | null;
  breachedAt: string | null;
  status: string;
  complainantKey: string;
}

export interface Bucket {
  key: string;
  label: string;
  count: number;
  decided: number;
  onTime: number;
  breached: number;
}

const DAY_MS = 86_400_000;

/** What the deadline figures read of a complaint, whatever the shape of its row. */
export interface DeadlineFacts {
  status: string;
  decidedAt: string | null;
  decisionDueAt: string | null;
  breachedAt: string | null;
}

/** Decided by the deadline in force at the time of decision. */
export const onTime = (r: DeadlineFacts) =>
  r.decidedAt !== null &&
  r.breachedAt === null &&
  (r.decisionDueAt === null || r.decidedAt <= r.decisionDueAt);

/** Breached for good, whatever the clock says: flagged by the breach job, or decided after the deadline. */
export const breachedSettled = (r: DeadlineFacts) =>
  r.breachedAt !== null ||
  (r.decidedAt !== null && r.decisionDueAt !== null && r.decidedAt > r.decisionDueAt);

/**
 * Open past its deadline and not flagged yet: breached by the clock at `now`. The breach job flags these at
 * the deadline, so at any moment they are few.
 */
export const overdueUnflagged = (r: DeadlineFacts, now: Date) =>
  r.status === "open" &&
  r.breachedAt === null &&
  r.decidedAt === null &&
  r.decisionDueAt !== null &&
  Date.parse(r.decisionDueAt) < now.getTime();

const isBreached = (r: DeadlineFacts, now: Date) => breachedSettled(r) || overdueUnflagged(r, now);

function bucketsBy(
  rows: readonly StatsRow[],
  now: Date,
  keyOf: (r: StatsRow) => string,
  labelOf: (key: string) => string,
): Bucket[] {
  const map = new Map<string, Bucket>();
  for (const r of rows) {
    const key = keyOf(r);
    const b = map.get(key) ?? { key, label: labelOf(key), count: 0, decided: 0, onTime: 0, breached: 0 };
    b.count++;
    if (r.decidedAt) b.decided++;
    if (onTime(r)) b.onTime++;
    if (isBreached(r, now)) b.breached++;
    map.set(key, b);
  }
  return [...map.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * Counts and on-time rate per channel, business category, cause, outlet, grade and month; repeat
 * complainants; average handling days (receipt to decision); breaches. Withdrawn and merged complaints
 * count as received but not as decided.
 */
export function complaintStats(
  rows: readonly StatsRow[],
  cats: readonly CategoryEntry[],
  now: Date,
  timeZone: string,
) {
  const label = (axis: Axis) => (code: string) => categoryPath(cats, axis, code).join(" / ") || code;
  const decided = rows.filter((r) => r.decidedAt);
  const handlingDays = decided.map(
    (r) => (Date.parse(r.decidedAt as string) - Date.parse(r.receivedAt)) / DAY_MS,
  );
  const perComplainant = new Map<string, number>();
  for (const r of rows) perComplainant.set(r.complainantKey, (perComplainant.get(r.complainantKey) ?? 0) + 1);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    total: rows.length,
    open: rows.filter((r) => r.status === "open").length,
    decided: decided.length,
    onTimeRate: decided.length ? round1((decided.filter(onTime).length / decided.length) * 100) : null,
    breached: rows.filter((r) => isBreached(r, now)).length,
    averageHandlingDays: handlingDays.length
      ? round1(handlingDays.reduce((a, b) => a + b, 0) / handlingDays.length)
      : null,
    repeatComplainants: [...perComplainant.values()].filter((n) => n > 1).length,
    byChannel: bucketsBy(rows, now, (r) => r.channelCode, label("channel")),
    byBusinessCategory: bucketsBy(rows, now, (r) => r.businessCategoryCode, label("business_category")),
    byCause: bucketsBy(rows, now, (r) => r.causeCode, label("cause")),
    byOutlet: bucketsBy(
      rows,
      now,
      (r) => r.orgUnitName,
      (k) => k,
    ),
    byGrade: bucketsBy(
      rows,
      now,
      (r) => r.grade,
      (k) => k,
    ),
    byMonth: bucketsBy(
      rows,
      now,
      (r) => localDateOf(r.receivedAt, timeZone).slice(0, 7),
      (k) => k,
    ).sort((a, b) => a.key.localeCompare(b.key)),
  };
}
export type ComplaintStats = ReturnType<typeof complaintStats>;
