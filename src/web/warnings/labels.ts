import type { Locale } from "../../domain/common/messages.ts";
import {
  LEVEL_LABELS,
  RULE_LABELS,
  type WarningLevel,
  type WarningRule,
} from "../../domain/warnings/vocabulary.ts";

/** Rule and level names live in the domain: the server formats them in notifications too. */
export const ruleLabel = (rule: WarningRule, locale: Locale) => RULE_LABELS[rule][locale];
export const levelLabel = (level: WarningLevel, locale: Locale) => LEVEL_LABELS[level][locale];

/** The colours of the bank's warning levels, as Ant Design tags and the board's cells show them. */
export const LEVEL_COLOURS: Record<WarningLevel | "none", string> = {
  none: "#d9d9d9",
  blue: "#1677ff",
  yellow: "#fadb14",
  orange: "#fa8c16",
  red: "#f5222d",
};
