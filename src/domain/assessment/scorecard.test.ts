import { describe, expect, it } from "vitest";
import { DEFAULT_SCORECARD_SETTINGS } from "./schema.ts";
import { ranks, share, weightedTotal } from "./scorecard.ts";
import { METRICS, type Metric } from "./vocabulary.ts";

const none = Object.fromEntries(METRICS.map((m) => [m, null])) as Record<Metric, number | null>;

describe("scorecard arithmetic", () => {
  it("weighs the metrics that have a score and leaves the others out", () => {
    const w = DEFAULT_SCORECARD_SETTINGS.weights;
    // attendance 15 × 80 + quiz 15 × 60 = 2100 over 30.
    expect(weightedTotal({ ...none, attendance: 80, quiz_score: 60 }, w)).toBe(70);
    expect(weightedTotal(none, w)).toBeNull();
    expect(weightedTotal({ ...none, attendance: 80 }, { ...w, attendance: 0 })).toBeNull();
  });

  it("ranks by total with ties sharing a place", () => {
    expect(ranks([70, 90, null, 70, 50])).toEqual([2, 1, null, 2, 4]);
    expect(share(2, 3)).toBe(66.7);
    expect(share(0, 0)).toBeNull();
  });
});
