import { describe, expect, it } from "vitest";
import { type Episode, reconcile } from "../episodes.ts";
import { DAY_MS } from "../vocabulary.ts";
import { MENTION_DEFAULTS, mentionSurge } from "./mention-surge.ts";
import { poisson, rng } from "./test-random.ts";

const HOUR = 3600_000;
const UNITS = 50;
const DAYS_BEFORE = 28;
const QUARTER_DAYS = 91;
const START = Date.UTC(2026, 0, 5, 16); // midnight in Shanghai
/** People post by day: the night hours carry a fifth of a day hour's mentions. */
const HOUR_WEIGHTS = Array.from({ length: 24 }, (_, h) => (h < 7 ? 0.2 : 1));
const WEIGHT_SUM = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);

/**
 * Generated mentions of each unit: its own daily rate (0.05 to 4 matched mentions a day), varying ±30 %
 * from week to week, more by day than by night; four weeks before the evaluated quarter and the quarter.
 */
function history(seed: number) {
  const random = rng(seed);
  return Array.from({ length: UNITS }, () => {
    const daily = 0.05 + random() * 3.95;
    const times: number[] = [];
    let rate = daily;
    for (let hour = 0; hour < (DAYS_BEFORE + QUARTER_DAYS) * 24; hour++) {
      if (hour % (7 * 24) === 0) rate = daily * (0.7 + random() * 0.6);
      const n = poisson(random, (rate * HOUR_WEIGHTS[hour % 24]) / WEIGHT_SUM);
      for (let i = 0; i < n; i++) times.push(START + hour * HOUR + random() * HOUR);
    }
    return { daily, times };
  });
}

const tickAt = (hour: number) => START + (DAYS_BEFORE * 24 + hour + 1) * HOUR;

/** Ticks every hour over the quarter, episodes kept as the scheduler keeps them. */
function openings(units: { times: number[] }[]) {
  const active = new Map<number, Episode>();
  const opened: number[][] = units.map(() => []);
  const firing: boolean[][] = units.map(() => []);
  for (let hour = 0; hour < QUARTER_DAYS * 24; hour++) {
    const now = tickAt(hour);
    const conditions = units.flatMap((u, i) => {
      const v = mentionSurge(u.times, now, MENTION_DEFAULTS);
      firing[i][hour] = v.fires;
      return v.fires
        ? [
            {
              rule: "mention_surge" as const,
              subjectKey: `unit:${i}`,
              orgUnitId: i,
              level: v.level,
              facts: {},
            },
          ]
        : [];
    });
    const { open, seen, ended } = reconcile(conditions, [...active.values()], now);
    for (const e of ended) active.delete(e.id);
    for (const e of seen) e.lastSeenAt = now;
    for (const c of open) {
      active.set(c.orgUnitId, {
        id: c.orgUnitId,
        rule: c.rule,
        subjectKey: c.subjectKey,
        level: c.level,
        lastSeenAt: now,
      });
      opened[c.orgUnitId].push(hour);
    }
  }
  return { opened, firing };
}

describe("mentions growing fast", () => {
  it("a quiet unit warns on a handful of mentions within the hour; a talked-about one needs more", () => {
    const now = START + 40 * DAY_MS;
    const quiet = [now - 10 * DAY_MS, now - 20 * DAY_MS];
    const burst = [now - 50 * 60_000, now - 30 * 60_000, now - 5 * 60_000];
    expect(mentionSurge([...quiet, ...burst], now, MENTION_DEFAULTS)).toMatchObject({
      fires: true,
      period: "hour",
      count: 3,
    });
    // Forty mentions a day for four weeks: three in an hour is an ordinary hour.
    const busy = Array.from({ length: 28 * 40 }, (_, k) => now - HOUR - k * (DAY_MS / 40));
    expect(mentionSurge([...busy, ...burst], now, MENTION_DEFAULTS).fires).toBe(false);
    expect(mentionSurge([...quiet, ...burst.slice(1)], now, MENTION_DEFAULTS).fires).toBe(false);
  });

  it("a day that adds up warns even when no single hour stands out", () => {
    const now = START + 40 * DAY_MS;
    const usual = Array.from({ length: 28 }, (_, k) => now - (k + 1.5) * DAY_MS);
    const spread = Array.from({ length: 10 }, (_, k) => now - (k * 2 + 0.5) * HOUR);
    expect(mentionSurge([...usual, ...spread], now, MENTION_DEFAULTS)).toMatchObject({
      fires: true,
      period: "day",
      count: 10,
    });
  });

  it("on generated baseline history of 50 units ticked hourly, at most one false warning per unit per quarter", () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { opened } = openings(history(seed));
      expect(Math.max(...opened.map((hours) => hours.length)), `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });

  it("every injected burst warns at the first tick after it", () => {
    for (const seed of [11, 12, 13]) {
      const units = history(seed);
      const random = rng(seed * 7);
      const burstHours = units.map((u) => {
        const hour = 24 * 14 + Math.floor(random() * (QUARTER_DAYS - 28) * 24);
        // A rumour taking off: a day's worth of mentions and more within one hour, never fewer than five.
        const extra = Math.max(5, Math.ceil(2 * u.daily));
        const hourStart = tickAt(hour) - HOUR;
        for (let i = 0; i < extra; i++) u.times.push(hourStart + random() * HOUR);
        return hour;
      });
      const { firing } = openings(units);
      units.forEach((u, i) => {
        expect(firing[i][burstHours[i]], `seed ${seed}, unit ${i} (${u.daily.toFixed(1)} a day)`).toBe(true);
      });
    }
  });
});
