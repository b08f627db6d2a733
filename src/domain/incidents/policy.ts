import { z } from "zod";
import { CATEGORY_CODES, type CategoryCode } from "./categories.ts";
import { DEFAULT_SEVERITY_RULES, SEVERITIES, type Severity, type SeverityRule } from "./severity.ts";

/** What an administrator may set for incidents; everything has a default. */
export interface IncidentPolicy {
  /** Minutes the outlet head has to acknowledge a report, by level. */
  ackMinutes: Record<Severity, number>;
  /**
   * Minutes to send the initial upward report (初报), by level. Defaults after the provincial rules under
   * 《银行业保险业突发事件信息报告办法》 (COMPLAINT_RULES.md §4): Ⅰ 30 minutes, Ⅱ 1 hour, Ⅲ 2 hours.
   */
  initialReportMinutes: Record<Severity, number>;
  /** The level each category starts at before the quick answers raise it. */
  baseSeverity: Record<CategoryCode, Severity>;
  /** Categories not offered on the report page. */
  disabledCategories: CategoryCode[];
}

export const DEFAULT_POLICY: IncidentPolicy = {
  ackMinutes: { I: 5, II: 10, III: 15 },
  initialReportMinutes: { I: 30, II: 60, III: 120 },
  baseSeverity: Object.fromEntries(CATEGORY_CODES.map((c) => [c, DEFAULT_SEVERITY_RULES[c].base])) as Record<
    CategoryCode,
    Severity
  >,
  disabledCategories: [],
};

const minutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);
const byLevel = z.object({ I: minutes, II: minutes, III: minutes });

export const policyBody = z.object({
  ackMinutes: byLevel,
  initialReportMinutes: byLevel,
  baseSeverity: z.record(z.enum(CATEGORY_CODES), z.enum(SEVERITIES)),
  disabledCategories: z.array(z.enum(CATEGORY_CODES)).max(CATEGORY_CODES.length - 1),
});

/** The severity rules with the administrator's base levels in place of the defaults. */
export function severityRules(policy: IncidentPolicy): Record<CategoryCode, SeverityRule> {
  return Object.fromEntries(
    CATEGORY_CODES.map((c) => {
      const rule = DEFAULT_SEVERITY_RULES[c];
      if (policy.baseSeverity[c] === rule.base) return [c, rule];
      const reason = { zh: "按本行配置的事件级别", en: "The level this bank has set for the category" };
      return [c, { ...rule, base: policy.baseSeverity[c], baseReason: reason }];
    }),
  ) as Record<CategoryCode, SeverityRule>;
}
