import type { OrgKind } from "../org/units.ts";
import { pathIds } from "../org/units.ts";
import type { Condition } from "./episodes.ts";
import { complaintSpike } from "./rules/count-spike.ts";
import { counterExceptionPattern, PATTERN_WINDOW_DAYS } from "./rules/counter-exception-pattern.ts";
import { queuePressure, withdrawalSurge } from "./rules/external-signals.ts";
import { mentionSurge } from "./rules/mention-surge.ts";
import { repeatComplainants } from "./rules/repeat-complainant.ts";
import { sensitiveComplaint } from "./rules/sensitive-complaint.ts";
import type { RuleSetting, Thresholds } from "./thresholds.ts";
import { DAY_MS, type SignalKind, type WarningRule } from "./vocabulary.ts";

/** What the rules read, loaded once per tick (or once for a backtest's whole span). */
export interface Facts {
  units: { id: number; kind: OrgKind; path: string }[];
  /** Complaints received in the spike baselines: where and what, all the spike rules need. */
  arrivals: { orgUnitId: number; category: string; receivedAt: number }[];
  /** Complaints in the repeat window, and older ones of the baselines still open: the people rules' input. */
  complaints: {
    id: number;
    orgUnitId: number;
    receivedAt: number;
    /** When it stopped (closed, withdrawn, merged), or null while open. */
    endedAt: number | null;
    /** The complainant's repeat key, already hashed by the loader. */
    personKey: string;
    forwarded: boolean;
    sensitiveTags: string[];
    groupSize: number | null;
  }[];
  exceptions: { orgUnitId: number; type: string; reportedAt: number }[];
  signals: { orgUnitId: number; kind: SignalKind; value: number; at: number }[];
  /** Mentions online the monitoring matched to a unit, by when they were published. */
  mentions: { orgUnitId: number; at: number }[];
}

export type RuleSettings = { [R in WarningRule]: RuleSetting<R> };

/** How far back the rules look from a tick: thirteen weeks of complaints for the spike baselines. */
export const LOOKBACK_MS = 13 * 7 * DAY_MS;
/**
 * Withdrawal readings of the last week at about the same time of day give an outlet its usual level: a
 * lunchtime hour is compared with lunchtimes, not with the empty hours after closing. A week covers each
 * weekday once (bench/README.md, "Early warnings").
 */
export const WITHDRAWAL_BASELINE_MS = 7 * DAY_MS;
/** A withdrawal reading older than this no longer tells what is happening now (readings come hourly). */
export const WITHDRAWAL_FRESH_MS = 2 * 3600_000;
const SAME_TIME_OF_DAY_MS = 3600_000;

/** What the rules read for ticks in (from, to], each a range of times (ms) back from then. */
export interface Lookback {
  /** Complaints: the spike baselines, where and what only. */
  lookbackMs: number;
  /** Complaints whole: the repeat window, which an administrator may set past the baselines. */
  repeatMs: number;
  /** Queue readings: only fresh ones count. */
  queueMs: number;
}

export const lookbackOf = (settings: RuleSettings): Lookback => ({
  lookbackMs: LOOKBACK_MS,
  repeatMs: settings.repeat_complainant.thresholds.windowDays * DAY_MS,
  queueMs: settings.queue_pressure.thresholds.freshMinutes * 60_000,
});

/**
 * The time ranges (ms, start exclusive, end inclusive) of withdrawal readings the rule can use for ticks in
 * (from, to]: the fresh ones, and on each day of the week before, the band within an hour of their time of day.
 * At 2,000 outlets of hourly readings that is a fifth of a week's rows; ranges that touch are merged, so a
 * backtest's span reads one range.
 */
export function withdrawalRanges(from: number, to: number): [number, number][] {
  const bands: [number, number][] = [];
  for (let day = 7; day >= 0; day--) {
    const start = from - WITHDRAWAL_FRESH_MS - day * DAY_MS - SAME_TIME_OF_DAY_MS;
    const end = Math.min(to, to - day * DAY_MS + SAME_TIME_OF_DAY_MS);
    const last = bands.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else bands.push([start, end]);
  }
  return bands;
}

/** How far apart two moments are in time of day, whatever their dates. */
const timeOfDayApart = (a: number, b: number) => {
  const d = (((a - b) % DAY_MS) + DAY_MS) % DAY_MS;
  return Math.min(d, DAY_MS - d);
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every rule's conditions at `at`, over facts that may reach later (a backtest); later facts are ignored. */
export function conditionsAt(facts: Facts, at: number, settings: RuleSettings): Condition[] {
  const on = <R extends WarningRule>(rule: R): Thresholds[R] | null =>
    settings[rule].enabled ? (settings[rule].thresholds as Thresholds[R]) : null;
  return [
    ...spikes(facts, at, on("complaint_spike_outlet"), on("complaint_spike_category")),
    ...repeats(facts, at, on("repeat_complainant")),
    ...sensitive(facts, at, on("sensitive_complaint")),
    ...patterns(facts, at, on("counter_exception_pattern")),
    ...queues(facts, at, on("queue_pressure")),
    ...withdrawals(facts, at, on("withdrawal_surge")),
    ...mentions(facts, at, on("mention_surge")),
  ];
}

function spikes(
  facts: Facts,
  at: number,
  outlet: Thresholds["complaint_spike_outlet"] | null,
  category: Thresholds["complaint_spike_category"] | null,
): Condition[] {
  const units = new Map(facts.units.map((u) => [u.id, u]));
  const byOutlet = new Map<number, number[]>();
  // A category is watched across each sub-branch and branch: one outlet sees too few of one kind. Each
  // outlet's watching units are worked out once, not once per complaint.
  const watchers = new Map<number, number[]>();
  const watchersOf = (unitId: number) => {
    let ids = watchers.get(unitId);
    if (!ids) {
      const path = units.get(unitId)?.path;
      ids = (path ? pathIds(path) : []).filter((id) => {
        const kind = units.get(id)?.kind;
        return kind === "sub_branch" || kind === "branch";
      });
      watchers.set(unitId, ids);
    }
    return ids;
  };
  const byCategory = new Map<number, Map<string, number[]>>();
  for (const c of facts.arrivals) {
    if (c.receivedAt > at || c.receivedAt <= at - LOOKBACK_MS) continue;
    if (outlet) push(byOutlet, c.orgUnitId, c.receivedAt);
    if (!category) continue;
    for (const id of watchersOf(c.orgUnitId)) {
      const perCategory = byCategory.get(id) ?? new Map<string, number[]>();
      byCategory.set(id, perCategory);
      push(perCategory, c.category, c.receivedAt);
    }
  }
  const out: Condition[] = [];
  if (outlet) {
    for (const [unitId, times] of byOutlet) {
      const v = complaintSpike(times, at, outlet);
      if (v.fires)
        out.push({
          rule: "complaint_spike_outlet",
          subjectKey: `unit:${unitId}`,
          orgUnitId: unitId,
          level: v.level,
          facts: { period: v.period, expected: round(v.expected), p: v.p },
        });
    }
  }
  if (category) {
    for (const [unitId, perCategory] of byCategory)
      for (const [code, times] of perCategory) {
        const v = complaintSpike(times, at, category);
        if (v.fires)
          out.push({
            rule: "complaint_spike_category",
            subjectKey: `unit:${unitId}|cat:${code}`,
            orgUnitId: unitId,
            level: v.level,
            facts: { category: code, period: v.period, expected: round(v.expected), p: v.p },
          });
      }
  }
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;

function repeats(facts: Facts, at: number, t: Thresholds["repeat_complainant"] | null): Condition[] {
  if (!t) return [];
  const people = facts.complaints.map((c) => ({
    key: c.personKey,
    orgUnitId: c.orgUnitId,
    receivedAt: c.receivedAt,
    forwarded: c.forwarded,
  }));
  return repeatComplainants(people, at, t).map((f) => ({
    rule: "repeat_complainant",
    subjectKey: `person:${f.key}`,
    orgUnitId: f.orgUnitId,
    level: f.level,
    facts: { count: f.count, toRegulator: f.toRegulator, windowDays: t.windowDays },
  }));
}

function sensitive(facts: Facts, at: number, t: Thresholds["sensitive_complaint"] | null): Condition[] {
  if (!t) return [];
  const out: Condition[] = [];
  for (const c of facts.complaints) {
    const open = c.receivedAt <= at && (c.endedAt === null || c.endedAt > at);
    if (!open) continue;
    const v = sensitiveComplaint(c, t);
    if (v.fires)
      out.push({
        rule: "sensitive_complaint",
        subjectKey: `complaint:${c.id}`,
        orgUnitId: c.orgUnitId,
        level: v.level,
        facts: { complaintId: c.id, reasons: v.reasons.join(",") },
      });
  }
  return out;
}

function patterns(facts: Facts, at: number, t: Thresholds["counter_exception_pattern"] | null): Condition[] {
  if (!t) return [];
  const counts = new Map<string, { unitId: number; type: string; n: number }>();
  for (const e of facts.exceptions) {
    if (e.reportedAt > at || e.reportedAt <= at - PATTERN_WINDOW_DAYS * DAY_MS) continue;
    const key = `unit:${e.orgUnitId}|type:${e.type}`;
    const entry = counts.get(key) ?? { unitId: e.orgUnitId, type: e.type, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  const out: Condition[] = [];
  for (const [key, c] of counts) {
    const v = counterExceptionPattern(c.n, t);
    if (v.fires)
      out.push({
        rule: "counter_exception_pattern",
        subjectKey: key,
        orgUnitId: c.unitId,
        level: v.level,
        facts: { type: c.type, count: c.n, windowDays: PATTERN_WINDOW_DAYS },
      });
  }
  return out;
}

/** The latest reading of each unit of `kinds` measured in (from, at]. */
function latest(facts: Facts, kinds: SignalKind[], from: number, at: number) {
  const out = new Map<number, Map<SignalKind, { value: number; at: number }>>();
  for (const s of facts.signals) {
    if (!kinds.includes(s.kind) || s.at > at || s.at <= from) continue;
    const unit = out.get(s.orgUnitId) ?? new Map();
    const seen = unit.get(s.kind);
    if (!seen || seen.at < s.at) unit.set(s.kind, { value: s.value, at: s.at });
    out.set(s.orgUnitId, unit);
  }
  return out;
}

function queues(facts: Facts, at: number, t: Thresholds["queue_pressure"] | null): Condition[] {
  if (!t) return [];
  const out: Condition[] = [];
  for (const [unitId, readings] of latest(
    facts,
    ["queue_length", "wait_minutes"],
    at - t.freshMinutes * 60_000,
    at,
  )) {
    const reading = {
      queueLength: readings.get("queue_length")?.value ?? null,
      waitMinutes: readings.get("wait_minutes")?.value ?? null,
    };
    const v = queuePressure(reading, t);
    if (v.fires)
      out.push({
        rule: "queue_pressure",
        subjectKey: `unit:${unitId}`,
        orgUnitId: unitId,
        level: v.level,
        // Only the readings there are: a queue system may send the length or the wait alone.
        facts: Object.fromEntries(Object.entries(reading).filter(([, v]) => v !== null)) as Record<
          string,
          number
        >,
      });
  }
  return out;
}

function withdrawals(facts: Facts, at: number, t: Thresholds["withdrawal_surge"] | null): Condition[] {
  if (!t) return [];
  const earlier = new Map<number, number[]>();
  const out: Condition[] = [];
  const current = latest(facts, ["withdrawals"], at - WITHDRAWAL_FRESH_MS, at);
  for (const s of facts.signals) {
    if (s.kind !== "withdrawals" || s.at <= at - WITHDRAWAL_BASELINE_MS) continue;
    const last = current.get(s.orgUnitId)?.get("withdrawals");
    if (last && s.at < last.at && timeOfDayApart(s.at, last.at) <= SAME_TIME_OF_DAY_MS)
      push(earlier, s.orgUnitId, s.value);
  }
  for (const [unitId, readings] of current) {
    const last = readings.get("withdrawals");
    if (!last) continue;
    const v = withdrawalSurge(last.value, earlier.get(unitId) ?? [], t);
    if (v.fires)
      out.push({
        rule: "withdrawal_surge",
        subjectKey: `unit:${unitId}`,
        orgUnitId: unitId,
        level: v.level,
        facts: { amount: last.value, usual: round(v.usual) },
      });
  }
  return out;
}

function mentions(facts: Facts, at: number, t: Thresholds["mention_surge"] | null): Condition[] {
  if (!t) return [];
  const byUnit = new Map<number, number[]>();
  for (const m of facts.mentions) if (m.at <= at) push(byUnit, m.orgUnitId, m.at);
  const out: Condition[] = [];
  for (const [unitId, times] of byUnit) {
    const v = mentionSurge(times, at, t);
    if (v.fires)
      out.push({
        rule: "mention_surge",
        subjectKey: `unit:${unitId}`,
        orgUnitId: unitId,
        level: v.level,
        facts: { period: v.period, count: v.count, usual: round(v.expected), p: v.p },
      });
  }
  return out;
}
