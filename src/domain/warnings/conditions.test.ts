import { describe, expect, it } from "vitest";
import { conditionsAt, type Facts, type RuleSettings, withdrawalRanges } from "./conditions.ts";
import { DEFAULT_THRESHOLDS } from "./thresholds.ts";
import { DAY_MS, WARNING_RULES } from "./vocabulary.ts";

const NOW = Date.UTC(2026, 11, 5, 4); // 12:00 in Shanghai
const HOUR = 3600_000;
const settings = Object.fromEntries(
  WARNING_RULES.map((r) => [r, { enabled: true, thresholds: DEFAULT_THRESHOLDS[r] }]),
) as RuleSettings;
const units: Facts["units"] = [
  { id: 1, kind: "head_office", path: "/1/" },
  { id: 2, kind: "branch", path: "/1/2/" },
  { id: 3, kind: "sub_branch", path: "/1/2/3/" },
  { id: 4, kind: "outlet", path: "/1/2/3/4/" },
  { id: 5, kind: "outlet", path: "/1/2/3/5/" },
];
const facts = (over: Partial<Facts>): Facts => ({
  units,
  arrivals: [],
  complaints: [],
  exceptions: [],
  signals: [],
  mentions: [],
  ...over,
});

/** A week of hourly withdrawals at outlet 4: busy at lunch, nothing at night. */
const week = Array.from({ length: 7 * 24 }, (_, k) => {
  const at = NOW - (k + 1) * HOUR;
  const hour = new Date(at).getUTCHours();
  return { orgUnitId: 4, kind: "withdrawals" as const, value: hour < 9 ? 60_000 : 0, at };
});

describe("conditions of a tick", () => {
  it("withdrawals are compared with the same time of day: a usual lunch hour does not warn, three times it does", () => {
    const usual = facts({
      signals: [...week, { orgUnitId: 4, kind: "withdrawals", value: 70_000, at: NOW }],
    });
    expect(conditionsAt(usual, NOW, settings)).toEqual([]);
    const run = facts({ signals: [...week, { orgUnitId: 4, kind: "withdrawals", value: 200_000, at: NOW }] });
    expect(conditionsAt(run, NOW, settings)).toMatchObject([
      { rule: "withdrawal_surge", subjectKey: "unit:4", facts: { amount: 200_000, usual: 60_000 } },
    ]);
  });

  it("a surge read five hours ago is not a surge now; a tick reads a fifth of a week of withdrawals", async () => {
    const stale = facts({
      signals: [
        ...week.filter((s) => s.at < NOW - 5 * HOUR),
        { orgUnitId: 4, kind: "withdrawals", value: 900_000, at: NOW - 5 * HOUR },
      ],
    });
    expect(conditionsAt(stale, NOW, settings)).toEqual([]);
    const ranges = withdrawalRanges(NOW, NOW);
    expect(ranges).toHaveLength(8);
    const read = ranges.reduce((sum, [a, b]) => sum + (b - a), 0);
    expect(read / (7 * DAY_MS)).toBeLessThan(0.2);
    // Every reading the rule compares is inside a range: a week of hourly readings, filtered by the ranges,
    // gives the same conditions as the whole week.
    const surge = [...week, { orgUnitId: 4, kind: "withdrawals" as const, value: 200_000, at: NOW }];
    const inRanges = surge.filter((s) => ranges.some(([a, b]) => s.at > a && s.at <= b));
    expect(conditionsAt(facts({ signals: surge }), NOW, settings)).toHaveLength(1);
    expect(conditionsAt(facts({ signals: inRanges }), NOW, settings)).toEqual(
      conditionsAt(facts({ signals: surge }), NOW, settings),
    );
    // A backtest's span reads one range.
    expect(withdrawalRanges(NOW - 90 * DAY_MS, NOW)).toHaveLength(1);
  });

  it("a category rising across the outlets of a sub-branch warns at the sub-branch and the branch", () => {
    const arrivals = [4, 5, 4, 5].map((orgUnitId, id) => ({
      orgUnitId,
      category: "10",
      receivedAt: NOW - (id + 1) * HOUR,
    }));
    const keys = conditionsAt(facts({ arrivals }), NOW, settings)
      .filter((c) => c.rule === "complaint_spike_category")
      .map((c) => c.subjectKey);
    expect(keys.sort()).toEqual(["unit:2|cat:10", "unit:3|cat:10"]);
  });

  it("a rule switched off raises nothing, and records after the tick are not seen", () => {
    const later = { orgUnitId: 4, kind: "queue_length" as const, value: 100, at: NOW + DAY_MS };
    expect(conditionsAt(facts({ signals: [later] }), NOW, settings)).toEqual([]);
    const now = { ...later, at: NOW };
    const off = { ...settings, queue_pressure: { ...settings.queue_pressure, enabled: false } };
    expect(conditionsAt(facts({ signals: [now] }), NOW, off)).toEqual([]);
    expect(conditionsAt(facts({ signals: [now] }), NOW, settings)).toHaveLength(1);
  });
});
