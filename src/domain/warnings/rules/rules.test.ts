import { describe, expect, it } from "vitest";
import { DAY_MS } from "../vocabulary.ts";
import { counterExceptionPattern, PATTERN_DEFAULTS } from "./counter-exception-pattern.ts";
import { QUEUE_DEFAULTS, queuePressure, WITHDRAWAL_DEFAULTS, withdrawalSurge } from "./external-signals.ts";
import { REPEAT_DEFAULTS, repeatComplainants } from "./repeat-complainant.ts";
import { SENSITIVE_DEFAULTS, sensitiveComplaint } from "./sensitive-complaint.ts";

const NOW = Date.UTC(2026, 11, 5);
const daysAgo = (d: number) => NOW - d * DAY_MS;

describe("repeat complainant", () => {
  const c = (key: string, ago: number, forwarded = false, orgUnitId = 1) => ({
    key,
    orgUnitId,
    receivedAt: daysAgo(ago),
    forwarded,
  });

  it("warns on the third complaint by one person inside 30 days, at the unit of the latest", () => {
    const two = [c("a", 20), c("a", 3)];
    expect(repeatComplainants(two, NOW, REPEAT_DEFAULTS)).toEqual([]);
    const three = [...two, c("a", 1, false, 7)];
    expect(repeatComplainants(three, NOW, REPEAT_DEFAULTS)).toEqual([
      { key: "a", orgUnitId: 7, count: 3, toRegulator: false, level: "yellow" },
    ]);
  });

  it("does not count complaints older than the window", () => {
    expect(repeatComplainants([c("a", 40), c("a", 35), c("a", 2)], NOW, REPEAT_DEFAULTS)).toEqual([]);
  });

  it("warns orange when the same person also went to the regulator", () => {
    const found = repeatComplainants([c("b", 10), c("b", 2, true)], NOW, REPEAT_DEFAULTS);
    expect(found[0]).toMatchObject({ key: "b", toRegulator: true, level: "orange" });
    // A forwarded complaint alone is the sensitive-complaint rule's business, not a repeat.
    expect(repeatComplainants([c("d", 2, true)], NOW, REPEAT_DEFAULTS)).toEqual([]);
  });
});

describe("sensitive complaint", () => {
  const tagged = (sensitiveTags: string[], forwarded = false, groupSize: number | null = null) =>
    sensitiveComplaint({ sensitiveTags, forwarded, groupSize }, SENSITIVE_DEFAULTS);

  it("names why: media, regulator, group, elderly", () => {
    expect(tagged([])).toMatchObject({ fires: false, reasons: [] });
    expect(tagged(["public_opinion"])).toMatchObject({ fires: true, level: "orange", reasons: ["media"] });
    expect(tagged([], true)).toMatchObject({ level: "orange", reasons: ["regulator"] });
    expect(tagged(["elderly"])).toMatchObject({ level: "yellow", reasons: ["elderly"] });
    expect(tagged([], false, 6)).toMatchObject({ level: "yellow", reasons: ["group"] });
  });

  it("is red for a group large enough for the emergency plan, or media and regulator together", () => {
    expect(tagged([], false, 25).level).toBe("red");
    expect(tagged(["public_opinion", "regulatory"]).level).toBe("red");
  });
});

describe("counter-exception pattern", () => {
  it("fires from the second of a type in the window, graver as it repeats", () => {
    expect(counterExceptionPattern(1, PATTERN_DEFAULTS).fires).toBe(false);
    expect(counterExceptionPattern(2, PATTERN_DEFAULTS)).toEqual({ fires: true, level: "blue" });
    expect(counterExceptionPattern(4, PATTERN_DEFAULTS).level).toBe("yellow");
    expect(counterExceptionPattern(6, PATTERN_DEFAULTS).level).toBe("orange");
  });
});

describe("external signals", () => {
  it("a queue at its threshold is yellow, half again orange, double red", () => {
    expect(queuePressure({ queueLength: 29, waitMinutes: null }, QUEUE_DEFAULTS).fires).toBe(false);
    expect(queuePressure({ queueLength: 30, waitMinutes: null }, QUEUE_DEFAULTS)).toEqual({
      fires: true,
      level: "yellow",
    });
    expect(queuePressure({ queueLength: 5, waitMinutes: 65 }, QUEUE_DEFAULTS).level).toBe("orange");
    expect(queuePressure({ queueLength: 61, waitMinutes: 10 }, QUEUE_DEFAULTS).level).toBe("red");
  });

  it("withdrawals fire against the outlet's usual level, which one past surge does not raise", () => {
    const usual = [100, 120, 90, 110, 5000, 105];
    expect(withdrawalSurge(300, usual, WITHDRAWAL_DEFAULTS)).toMatchObject({ fires: false, usual: 107.5 });
    expect(withdrawalSurge(330, usual, WITHDRAWAL_DEFAULTS)).toMatchObject({ fires: true, level: "yellow" });
    expect(withdrawalSurge(700, usual, WITHDRAWAL_DEFAULTS).level).toBe("red");
  });

  it("an outlet without enough readings has no usual level and does not warn", () => {
    expect(withdrawalSurge(1e6, [100, 100], WITHDRAWAL_DEFAULTS).fires).toBe(false);
  });
});
