import type { Level } from "./vocabulary.ts";

/**
 * How long after an event is recorded it must be verified, and reported to the branch, per level. These
 * are our defaults (README, "Public opinion"), not a regulator's figures; administrators change them.
 */
export interface OpinionPolicy {
  verifyMinutes: Record<Level, number>;
  reportMinutes: Record<Level, number>;
}

export const DEFAULT_OPINION_POLICY: OpinionPolicy = {
  verifyMinutes: { major: 30, serious: 60, general: 240 },
  reportMinutes: { major: 60, serious: 120, general: 1440 },
};

export const addMinutes = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);
