import { describe, expect, it } from "vitest";
import { type Episode, reconcile } from "../episodes.ts";
import { DAY_MS } from "../vocabulary.ts";
import { complaintSpike, countSpike, periodCounts, SPIKE_DEFAULTS } from "./count-spike.ts";
import { poisson, rng } from "./test-random.ts";

const OUTLETS = 50;
const WEEKS_BEFORE = 12;
const QUARTER_DAYS = 91;
const START = Date.UTC(2026, 0, 5);

/**
 * Generated history of each outlet: its own weekly rate (0.2 to 10 complaints), varying ±20 % from week to
 * week, complaints spread over the days; twelve weeks before the evaluated quarter and the quarter itself.
 */
function history(seed: number) {
  const random = rng(seed);
  return Array.from({ length: OUTLETS }, () => {
    const weekly = 0.2 + random() * 9.8;
    const times: number[] = [];
    for (let day = 0; day < WEEKS_BEFORE * 7 + QUARTER_DAYS; day++) {
      if (day % 7 === 0) Object.assign(times, { rate: weekly * (0.8 + random() * 0.4) });
      const n = poisson(random, (times as unknown as { rate: number }).rate / 7);
      for (let i = 0; i < n; i++) times.push(START + day * DAY_MS + random() * DAY_MS);
    }
    return { weekly, times };
  });
}

/** Ticks once a day over the quarter and answers the days on which each outlet's warnings opened. */
function openings(outlets: { times: number[] }[]) {
  const active = new Map<number, Episode>();
  const opened: number[][] = outlets.map(() => []);
  const firing: boolean[][] = outlets.map(() => []);
  for (let day = 0; day < QUARTER_DAYS; day++) {
    const now = START + (WEEKS_BEFORE * 7 + day + 1) * DAY_MS;
    const conditions = outlets.flatMap((o, i) => {
      const verdict = complaintSpike(o.times, now, SPIKE_DEFAULTS);
      firing[i][day] = verdict.fires;
      return verdict.fires
        ? [
            {
              rule: "complaint_spike_outlet" as const,
              subjectKey: `unit:${i}`,
              orgUnitId: i,
              level: verdict.level,
              facts: {},
            },
          ]
        : [];
    });
    const { open, seen, ended } = reconcile(conditions, [...active.values()], now);
    for (const e of ended) active.delete(e.id);
    for (const e of seen) e.lastSeenAt = now;
    for (const c of open) {
      const episode = {
        id: c.orgUnitId,
        rule: c.rule,
        subjectKey: c.subjectKey,
        level: c.level,
        lastSeenAt: now,
      };
      active.set(c.orgUnitId, episode);
      opened[c.orgUnitId].push(day);
    }
  }
  return { opened, firing };
}

describe("complaint spike", () => {
  it("fires on a count its own baseline makes unlikely, not on a fixed number", () => {
    const quiet = countSpike({ recent: 7, baseline: Array(12).fill(1) }, SPIKE_DEFAULTS);
    const busy = countSpike({ recent: 7, baseline: Array(12).fill(6) }, SPIKE_DEFAULTS);
    expect(quiet.fires).toBe(true);
    expect(busy.fires).toBe(false);
    expect(countSpike({ recent: 40, baseline: Array(12).fill(6) }, SPIKE_DEFAULTS)).toMatchObject({
      fires: true,
      level: "red",
    });
  });

  it("stays quiet under the minimum count, even at an outlet that never had a complaint", () => {
    expect(countSpike({ recent: 2, baseline: Array(12).fill(0) }, SPIKE_DEFAULTS).fires).toBe(false);
    expect(countSpike({ recent: 4, baseline: Array(12).fill(0) }, SPIKE_DEFAULTS).fires).toBe(true);
  });

  it("counts the last seven days and each of the twelve weeks before", () => {
    const now = START + 100 * DAY_MS;
    const times = [
      now - 1000,
      now - 6 * DAY_MS,
      now - 8 * DAY_MS,
      now - 84 * DAY_MS,
      now - 92 * DAY_MS,
      now + 5,
    ];
    expect(periodCounts(times, now, 7, 12)).toEqual({
      recent: 2,
      baseline: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    });
  });

  it("on generated baseline history of 50 outlets, at most one false warning per outlet per quarter", () => {
    for (const seed of [1, 2, 3, 7, 8, 9, 10, 11, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]) {
      const { opened } = openings(history(seed));
      expect(Math.max(...opened.map((days) => days.length)), `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });

  it("every injected spike warns at the first tick after it", () => {
    for (const seed of [4, 5, 6, 12, 13, 14, 15]) {
      const outlets = history(seed);
      const random = rng(seed * 7);
      const spikeDays = outlets.map((o) => {
        const day = 14 + Math.floor(random() * (QUARTER_DAYS - 28));
        // A spike: three weeks' worth of complaints in one day, and never fewer than six.
        const extra = Math.max(6, Math.ceil(3 * o.weekly));
        const dayStart = START + (WEEKS_BEFORE * 7 + day) * DAY_MS;
        for (let i = 0; i < extra; i++) o.times.push(dayStart + random() * DAY_MS);
        return day;
      });
      const { firing } = openings(outlets);
      outlets.forEach((o, i) => {
        expect(firing[i][spikeDays[i]], `seed ${seed}, outlet ${i} (${o.weekly.toFixed(1)} a week)`).toBe(
          true,
        );
      });
    }
  });
});
