import type { CategoryEntry } from "../../domain/complaints/classification.ts";
import {
  DISC_STYLES,
  LABELS,
  NOTICE_CHANNEL_LABELS,
  NOTICE_PURPOSE_LABELS,
  PSYCHOLOGIES,
  SATISFACTION_LABELS,
  SENSITIVE_TAGS,
} from "../../domain/complaints/vocabulary.ts";
import { type Locale, type MessageKey, translate } from "../i18n/dictionaries.ts";

interface TreeNode {
  value: string;
  title: string;
  children?: TreeNode[];
}

/** One axis of the classification as a tree for TreeSelect; a label is searchable by its Chinese name. */
export function categoryTree(entries: readonly CategoryEntry[], axis: CategoryEntry["axis"]): TreeNode[] {
  const onAxis = entries.filter((e) => e.axis === axis);
  const build = (parent: string | null): TreeNode[] =>
    onAxis
      .filter((e) => e.parentCode === parent)
      .map((e) => {
        const children = build(e.code);
        return { value: e.code, title: e.label, ...(children.length && { children }) };
      });
  return build(null);
}

export const optionsOf = <K extends string>(labels: Record<K, { zh: string; en: string }>, locale: Locale) =>
  (Object.keys(labels) as K[]).map((k) => ({ value: k, label: labels[k][locale] }));

/**
 * The names of a field's fixed choices, read from the complaint dictionaries (i18n-labels.ts) under
 * `prefix.value`, in the shape the domain's LABELS have, so pages treat both alike.
 */
function choiceLabels<K extends string>(prefix: string, values: readonly K[]) {
  const name = (locale: Locale, value: K) => translate(locale, `${prefix}.${value}` as MessageKey);
  return Object.fromEntries(values.map((v) => [v, { zh: name("zh", v), en: name("en", v) }])) as Record<
    K,
    { zh: string; en: string }
  >;
}

export const SENSITIVE_LABELS = choiceLabels("cmp.sensitive", SENSITIVE_TAGS);
export const PSYCHOLOGY_LABELS = choiceLabels("cmp.psychology", PSYCHOLOGIES);
export const DISC_LABELS = choiceLabels("cmp.disc", DISC_STYLES);
// The server words these in records' histories, so their names live in the domain vocabulary.
export { LABELS, NOTICE_CHANNEL_LABELS, NOTICE_PURPOSE_LABELS, SATISFACTION_LABELS };
