import { countSpike, periodCounts, type SpikeThresholds } from "./count-spike.ts";

/** Tunable by administrators (settings), like the complaint spikes. */
export const MENTION_DEFAULTS: SpikeThresholds = { pValue: 0.0005, minCount: 3 };

/** Hours in the hourly baseline: a week, so that each hour of each weekday is in it once. */
const BASELINE_HOURS = 7 * 24;
/** Days in the daily baseline: four weeks of a unit's usual online talk. */
const BASELINE_DAYS = 28;

/**
 * Mentions of a unit online growing fast (issue #19, seed 000: a rumour empties an outlet within hours):
 * the unit's matched mentions (times in ms) of the last hour against each hour of the week before, and of
 * the last day against each of the four weeks of days before. A rumour that takes off warns within the
 * hour; one that builds over a day warns once the day adds up. Talk online is read every tick over
 * windows that slide by the hour, so each test asks for a 24th of the probability: on generated history
 * that keeps false warnings under one per unit a quarter (mention-surge.test.ts). The graver answers.
 */
export function mentionSurge(times: readonly number[], now: number, t: SpikeThresholds) {
  const days = periodCounts(times, now, 1, BASELINE_DAYS);
  const hours = periodCounts(times, now, 1 / 24, BASELINE_HOURS);
  const strict = { ...t, pValue: t.pValue / 24 };
  const day = { ...countSpike(days, strict), count: days.recent, period: "day" as const };
  const hour = {
    ...countSpike(hours, strict),
    count: hours.recent,
    period: "hour" as const,
  };
  return hour.fires && (!day.fires || hour.p < day.p) ? hour : day;
}

/** How far back the rule reads mentions from a tick. */
export const MENTION_LOOKBACK_DAYS = BASELINE_DAYS + 1;
