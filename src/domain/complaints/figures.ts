import { localDateOf, startOfLocalDay } from "../calendar/dates.ts";
import { breachedSettled, type DeadlineFacts, onTime } from "./stats.ts";

/**
 * The statistics rollup's rules: what one complaint adds to the figures kept per (unit, local month, axis,
 * code). They are the rules of stats.ts (complaintStats) minus the one part that depends on the clock: an
 * open complaint past its deadline that the breach job has not flagged yet counts as breached only at read
 * time, so the rollup never goes stale while time passes.
 */
export const FIGURE_AXES = ["channel", "business", "cause", "grade", "outlet"] as const;
export type FigureAxis = (typeof FIGURE_AXES)[number];

/** The columns of a complaint row the figures depend on. */
export interface FigureSource {
  kind: string;
  status: string;
  org_unit_id: number;
  channel_code: string;
  business_category_code: string;
  cause_code: string;
  grade: string;
  received_at: string;
  decided_at: string | null;
  decision_due_at: string | null;
  breached_at: string | null;
  complainant_key: string;
}

export interface Measures {
  n: number;
  open: number;
  decided: number;
  on_time: number;
  breached: number;
  /** Receipt to decision in milliseconds: integers add up exactly, whatever the order. */
  handling_ms: number;
}

export const MEASURES = ["n", "open", "decided", "on_time", "breached", "handling_ms"] as const;

/** Review cases (核查) are not counted, as in the live statistics. */
export const isCounted = (r: FigureSource) => r.kind === "complaint";

/** A row's deadline facts, for the rules of stats.ts. */
export const factsOf = (r: FigureSource): DeadlineFacts => ({
  status: r.status,
  decidedAt: r.decided_at,
  decisionDueAt: r.decision_due_at,
  breachedAt: r.breached_at,
});

/** The clock-free part of one complaint's figures. */
export function measuresOf(r: FigureSource): Measures {
  const facts = factsOf(r);
  return {
    n: 1,
    open: r.status === "open" ? 1 : 0,
    decided: r.decided_at !== null ? 1 : 0,
    on_time: onTime(facts) ? 1 : 0,
    breached: breachedSettled(facts) ? 1 : 0,
    handling_ms: r.decided_at !== null ? Date.parse(r.decided_at) - Date.parse(r.received_at) : 0,
  };
}

/** The code of a complaint on each axis; the outlet axis names the complaint's own unit. */
export function codesOf(r: FigureSource): Record<FigureAxis, string> {
  return {
    channel: r.channel_code,
    business: r.business_category_code,
    cause: r.cause_code,
    grade: r.grade,
    outlet: String(r.org_unit_id),
  };
}

/** "YYYY-MM", the local month of an instant. */
export const localMonthOf = (instant: string, timeZone: string) => localDateOf(instant, timeZone).slice(0, 7);

export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** The instant a local month starts. */
export const monthStart = (month: string, timeZone: string) => startOfLocalDay(`${month}-01`, timeZone);

/**
 * The months [from, to) a period covers when both ends fall on local month starts (an open end is
 * unbounded); null when an end cuts a month, which the rollup cannot split.
 */
export function alignedMonths(
  from: string | undefined,
  to: string | undefined,
  timeZone: string,
): { from?: string; to?: string } | null {
  const month = (iso: string) => {
    const m = localMonthOf(iso, timeZone);
    return monthStart(m, timeZone).getTime() === Date.parse(iso) ? m : null;
  };
  const f = from === undefined ? undefined : month(from);
  const t = to === undefined ? undefined : month(to);
  if (f === null || t === null) return null;
  return { from: f, to: t };
}

/**
 * The units whose figures a complaint at `unitPath` adds to: its own and every one above it except the
 * root, whose figures are the sum of its children's (plus its own complaints, if any are registered there):
 * a root row for the current month would otherwise be written by every complaint command in the bank.
 */
export function figureUnits(pathIds: readonly number[]): number[] {
  return pathIds.length === 1 ? [...pathIds] : pathIds.slice(1);
}
