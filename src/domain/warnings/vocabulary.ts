/** Warning levels from mild to grave, as the bank's emergency plans colour them (蓝/黄/橙/红). */
export const WARNING_LEVELS = ["blue", "yellow", "orange", "red"] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export const LEVEL_LABELS: Record<WarningLevel, { zh: string; en: string }> = {
  blue: { zh: "蓝色预警", en: "Blue" },
  yellow: { zh: "黄色预警", en: "Yellow" },
  orange: { zh: "橙色预警", en: "Orange" },
  red: { zh: "红色预警", en: "Red" },
};

export const levelRank = (level: WarningLevel) => WARNING_LEVELS.indexOf(level);
export const graver = (a: WarningLevel, b: WarningLevel): WarningLevel =>
  levelRank(a) >= levelRank(b) ? a : b;

/** The rules that raise warnings; each is a pure function in rules/. */
export const WARNING_RULES = [
  "complaint_spike_outlet",
  "complaint_spike_category",
  "repeat_complainant",
  "sensitive_complaint",
  "counter_exception_pattern",
  "queue_pressure",
  "withdrawal_surge",
  "mention_surge",
] as const;
export type WarningRule = (typeof WARNING_RULES)[number];

export const RULE_LABELS: Record<WarningRule, { zh: string; en: string }> = {
  complaint_spike_outlet: { zh: "网点投诉异常增多", en: "Complaints rising at an outlet" },
  complaint_spike_category: { zh: "某类投诉异常增多", en: "Complaints rising in a category" },
  repeat_complainant: { zh: "重复投诉人", en: "Repeat complainant" },
  sensitive_complaint: { zh: "敏感投诉", en: "Sensitive complaint" },
  counter_exception_pattern: { zh: "同类柜面异常反复出现", en: "Counter exception repeating" },
  queue_pressure: { zh: "排队拥堵", en: "Queue building up" },
  withdrawal_surge: { zh: "取款异常放大", en: "Withdrawals far above normal" },
  mention_surge: { zh: "网络舆情快速增多", en: "Mentions online growing fast" },
};

/** open → acknowledged → lifted; lifting (解除预警) needs a reason and may come straight from open. */
export const WARNING_STATUSES = ["open", "acknowledged", "lifted"] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];

/** The incident category an incident opened from a warning starts with (codes of DOMAIN.md §3). */
export const INCIDENT_CATEGORY_OF: Record<WarningRule, string> = {
  complaint_spike_outlet: "complaint_conflict",
  complaint_spike_category: "complaint_conflict",
  repeat_complainant: "complaint_conflict",
  sensitive_complaint: "media_interview",
  counter_exception_pattern: "system_failure",
  queue_pressure: "crowd_surge",
  withdrawal_surge: "crowd_surge",
  mention_surge: "media_interview",
};

/** Kinds of figure an outside system pushes (排队叫号 queue length and wait, withdrawals at an outlet). */
export const SIGNAL_KINDS = ["queue_length", "wait_minutes", "withdrawals"] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const DAY_MS = 86_400_000;
