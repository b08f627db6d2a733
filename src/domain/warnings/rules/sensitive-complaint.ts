import type { WarningLevel } from "../vocabulary.ts";

export const SENSITIVE_REASONS = ["media", "regulator", "group", "elderly"] as const;
export type SensitiveReason = (typeof SENSITIVE_REASONS)[number];

export interface SensitiveThresholds {
  /** People in person from which a complaint counts as a group. */
  groupSize: number;
  /** A group this large is graver still: the emergency plan may be needed. */
  majorGroupSize: number;
}

export const SENSITIVE_DEFAULTS: SensitiveThresholds = { groupSize: 5, majorGroupSize: 20 };

export interface TaggedComplaint {
  sensitiveTags: readonly string[];
  forwarded: boolean;
  groupSize: number | null;
}

/**
 * Why an open complaint needs watching from above: the media or the regulator is involved, a group came, or
 * the customer is elderly. Media or regulator make it orange, a large group red.
 */
export function sensitiveComplaint(
  c: TaggedComplaint,
  t: SensitiveThresholds,
): { fires: boolean; level: WarningLevel; reasons: SensitiveReason[] } {
  const reasons: SensitiveReason[] = [];
  if (c.sensitiveTags.includes("public_opinion")) reasons.push("media");
  if (c.sensitiveTags.includes("regulatory") || c.forwarded) reasons.push("regulator");
  if ((c.groupSize ?? 0) >= t.groupSize) reasons.push("group");
  if (c.sensitiveTags.includes("elderly")) reasons.push("elderly");
  const major = (c.groupSize ?? 0) >= t.majorGroupSize;
  const outside = reasons.includes("media") || reasons.includes("regulator");
  const level: WarningLevel =
    major || (reasons.includes("media") && reasons.includes("regulator"))
      ? "red"
      : outside
        ? "orange"
        : "yellow";
  return { fires: reasons.length > 0, level, reasons };
}
