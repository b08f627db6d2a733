import type { MaterialStatus } from "../../domain/compliance/review.ts";
import { RULE_NAMES, type RuleKind } from "../../domain/compliance/vocabulary.ts";
import type { MessageKey } from "../i18n/dictionaries.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";

export const STATUS_COLORS: Record<MaterialStatus, string> = {
  pending_review: "processing",
  approved: "success",
  rejected: "error",
};

/** The name front-line pages show for a rule: its own, or for a rule an administrator added, its kind's. */
export function useRuleName() {
  const { t, locale } = useI18n();
  return (ruleId: string, kind: RuleKind) =>
    RULE_NAMES[ruleId]?.[locale] ?? t(`cp.ruleKinds.${kind}` as MessageKey);
}
