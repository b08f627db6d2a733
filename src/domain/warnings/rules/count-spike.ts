import { poissonUpperTail } from "../poisson.ts";
import type { WarningLevel } from "../vocabulary.ts";

/** Tunable by administrators (settings). */
export interface SpikeThresholds {
  /** Fire when a count this high or higher would happen by chance less often than this. */
  pValue: number;
  /** Never fire below this count, however quiet the baseline. */
  minCount: number;
}

export const SPIKE_DEFAULTS: SpikeThresholds = { pValue: 0.0005, minCount: 3 };

/** A unit's count in the latest period and its own counts in the periods before (same length each). */
export interface CountHistory {
  recent: number;
  baseline: readonly number[];
}

export interface SpikeVerdict {
  fires: boolean;
  level: WarningLevel;
  /** What the baseline leads one to expect in a period. */
  expected: number;
  /** How likely a count this high is by chance. */
  p: number;
}

/**
 * Is the latest count unusual for this unit? The baseline's mean is the expected rate, with one extra event
 * spread over the baseline so that a unit with no history still has a rate; the count fires when its Poisson
 * tail probability falls under `pValue`. The level grows by one for each further factor of ten. Any count
 * series fits: complaints per outlet or category, and later mentions of the bank online.
 */
export function countSpike(history: CountHistory, t: SpikeThresholds): SpikeVerdict {
  const weeks = Math.max(1, history.baseline.length);
  const expected = (history.baseline.reduce((a, b) => a + b, 0) + 1) / weeks;
  const p = poissonUpperTail(history.recent, expected);
  const fires = history.recent >= t.minCount && history.recent > expected && p < t.pValue;
  const level: WarningLevel =
    p < t.pValue / 1000 ? "red" : p < t.pValue / 100 ? "orange" : p < t.pValue / 10 ? "yellow" : "blue";
  return { fires, level, expected, p };
}

/** Timestamps (ms) into the count of the last `periodDays` and of each of `periods` periods before it. */
export function periodCounts(times: readonly number[], now: number, periodDays: number, periods: number) {
  const span = periodDays * 86_400_000;
  const baseline = new Array<number>(periods).fill(0);
  let recent = 0;
  for (const at of times) {
    if (at > now) continue;
    const index = Math.floor((now - at) / span);
    if (index === 0) recent++;
    else if (index <= periods) baseline[index - 1]++;
  }
  return { recent, baseline };
}

/**
 * A unit's complaints (times in ms) against its own previous twelve weeks: the last seven days against the
 * weeks, and the last day against the days, so that a burst warns the day it happens and a slow rise once
 * the week adds up. A week holds seven days, each tested: the day's test asks for a seventh of the
 * probability, so that the two together warn falsely about as rarely as the week alone. The graver answers.
 */
export function complaintSpike(times: readonly number[], now: number, t: SpikeThresholds) {
  const week = countSpike(periodCounts(times, now, 7, 12), t);
  const day = countSpike(periodCounts(times, now, 1, 84), { ...t, pValue: t.pValue / 7 });
  const worse = day.fires && (!week.fires || day.p < week.p) ? day : week;
  return { ...worse, period: worse === day ? ("day" as const) : ("week" as const) };
}
