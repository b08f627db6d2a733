import type { ScorecardSettings } from "./schema.ts";
import { METRICS, type Metric } from "./vocabulary.ts";

/** A share as a score 0–100 to one decimal, or null when there is nothing to count. */
export const share = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10;

/**
 * The weighted total of an outlet's scores: Σ weight × score / Σ weight over the metrics that have a score,
 * so an outlet without complaints in the month is neither rewarded nor punished for it. Null when no metric
 * with a weight has a score.
 */
export function weightedTotal(scores: Record<Metric, number | null>, weights: ScorecardSettings["weights"]) {
  let sum = 0;
  let weightSum = 0;
  for (const m of METRICS) {
    const score = scores[m];
    if (score === null || weights[m] === 0) continue;
    sum += weights[m] * score;
    weightSum += weights[m];
  }
  return weightSum === 0 ? null : Math.round((sum / weightSum) * 10) / 10;
}

/** Competition ranking (1, 2, 2, 4) by total, highest first; outlets without a total are not ranked. */
export function ranks(totals: readonly (number | null)[]): (number | null)[] {
  return totals.map((t) => (t === null ? null : 1 + totals.filter((o) => o !== null && o > t).length));
}
