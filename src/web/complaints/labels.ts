import type { CategoryEntry } from "../../domain/complaints/classification.ts";
import {
  LABELS,
  NOTICE_CHANNEL_LABELS,
  NOTICE_PURPOSE_LABELS,
  SATISFACTION_LABELS,
} from "../../domain/complaints/vocabulary.ts";
import type { Locale } from "../i18n/dictionaries.ts";

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

export const SENSITIVE_LABELS = {
  regulatory: { zh: "监管类", en: "Regulatory" },
  public_opinion: { zh: "舆情类", en: "Media" },
  judicial: { zh: "司法类", en: "Judicial" },
  petition: { zh: "信访", en: "Petition" },
};
export const PSYCHOLOGY_LABELS = {
  show: { zh: "求表现", en: "To be seen" },
  vent: { zh: "求发泄", en: "To vent" },
  compensation: { zh: "求赔偿", en: "Compensation" },
  respect: { zh: "求尊重", en: "Respect" },
  revenge: { zh: "求报复", en: "Revenge" },
};
export const DISC_LABELS = {
  D: { zh: "支配型 D", en: "Dominant D" },
  I: { zh: "影响型 I", en: "Influential I" },
  S: { zh: "稳定型 S", en: "Steady S" },
  C: { zh: "遵从型 C", en: "Conscientious C" },
};
export { LABELS, NOTICE_CHANNEL_LABELS, NOTICE_PURPOSE_LABELS, SATISFACTION_LABELS };
