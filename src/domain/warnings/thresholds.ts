import { z } from "zod";
import { SPIKE_DEFAULTS } from "./rules/count-spike.ts";
import { PATTERN_DEFAULTS } from "./rules/counter-exception-pattern.ts";
import { QUEUE_DEFAULTS, WITHDRAWAL_DEFAULTS } from "./rules/external-signals.ts";
import { MENTION_DEFAULTS } from "./rules/mention-surge.ts";
import { REPEAT_DEFAULTS } from "./rules/repeat-complainant.ts";
import { SENSITIVE_DEFAULTS } from "./rules/sensitive-complaint.ts";
import type { WarningRule } from "./vocabulary.ts";

const count = (max: number) => z.int().min(1).max(max);
const spike = z.object({ pValue: z.number().gt(0).max(0.1), minCount: count(1000) });

/** Each rule's thresholds, as administrators tune them; a rule can be switched off. */
export const RULE_THRESHOLDS = {
  complaint_spike_outlet: spike,
  complaint_spike_category: spike,
  repeat_complainant: z.object({ windowDays: count(365), minCount: z.int().min(2).max(100) }),
  sensitive_complaint: z.object({ groupSize: count(1000), majorGroupSize: count(10000) }),
  counter_exception_pattern: z.object({ minCount: z.int().min(2).max(100) }),
  queue_pressure: z.object({
    queueLength: count(10000),
    waitMinutes: count(1440),
    freshMinutes: count(1440),
  }),
  withdrawal_surge: z.object({ ratio: z.number().min(1.2).max(100), minBaseline: count(1000) }),
  mention_surge: spike,
} satisfies Record<WarningRule, z.ZodType>;

export type Thresholds = { [R in WarningRule]: z.infer<(typeof RULE_THRESHOLDS)[R]> };

export const DEFAULT_THRESHOLDS: Thresholds = {
  complaint_spike_outlet: SPIKE_DEFAULTS,
  complaint_spike_category: SPIKE_DEFAULTS,
  repeat_complainant: REPEAT_DEFAULTS,
  sensitive_complaint: SENSITIVE_DEFAULTS,
  counter_exception_pattern: PATTERN_DEFAULTS,
  queue_pressure: QUEUE_DEFAULTS,
  withdrawal_surge: WITHDRAWAL_DEFAULTS,
  mention_surge: MENTION_DEFAULTS,
};

/** A rule's setting: on or off, and its thresholds. */
export interface RuleSetting<R extends WarningRule = WarningRule> {
  enabled: boolean;
  thresholds: Thresholds[R];
}
