import type { WarningLevel } from "../vocabulary.ts";

/** Repeats of one type at one outlet inside this many days make a pattern the outlet head should see. */
export const PATTERN_WINDOW_DAYS = 30;
/** From the second occurrence in the window on, an exception is part of a pattern. */
export const isPattern = (occurrencesInWindow: number) => occurrencesInWindow >= 2;

export interface PatternThresholds {
  /** Occurrences of one type at one outlet inside the window that make a warning. */
  minCount: number;
}

export const PATTERN_DEFAULTS: PatternThresholds = { minCount: 2 };

/** The same counter-exception type again and again at one outlet: a cause nobody has fixed yet. */
export function counterExceptionPattern(count: number, t: PatternThresholds) {
  const level: WarningLevel =
    count >= t.minCount * 3 ? "orange" : count >= t.minCount * 2 ? "yellow" : "blue";
  return { fires: count >= t.minCount, level };
}
