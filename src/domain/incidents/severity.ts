import type { CategoryCode, QuestionKey } from "./categories.ts";

/** Ⅰ 特大, Ⅱ 重大, Ⅲ 较大 — the banking association's three levels for outlet service emergencies. */
export const SEVERITIES = ["I", "II", "III"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, { zh: string; en: string }> = {
  I: { zh: "Ⅰ级（特大）", en: "Level I (very serious)" },
  II: { zh: "Ⅱ级（重大）", en: "Level II (serious)" },
  III: { zh: "Ⅲ级（较大）", en: "Level III (significant)" },
};

/** Rank for sorting and comparing: Ⅰ is the most severe. */
export const SEVERITY_RANK: Record<Severity, number> = { I: 1, II: 2, III: 3 };

export interface SeverityRule {
  /** The level when no answer raises it. */
  base: Severity;
  /** Answers that raise the level, checked in order; the most severe match wins. */
  raise: { when: QuestionKey; to: Severity; reason: { zh: string; en: string } }[];
  baseReason: { zh: string; en: string };
}

/**
 * The default mapping after the guideline (银协发〔2009〕51号): bank runs, and failures or disasters across
 * several outlets, are Ⅰ; a system down at one outlet, robbery and a disaster at one outlet are Ⅱ; illness,
 * disturbance, crowd surges and occupation of service resources are Ⅲ. Threats to life raise the level.
 */
export const DEFAULT_SEVERITY_RULES: Record<CategoryCode, SeverityRule> = {
  crowd_surge: {
    base: "III",
    baseReason: { zh: "客流激增属Ⅲ级", en: "A crowd surge is level III" },
    raise: [
      {
        when: "bank_run",
        to: "I",
        reason: { zh: "出现挤兑迹象，属Ⅰ级", en: "Signs of a bank run make it level I" },
      },
    ],
  },
  system_failure: {
    base: "II",
    baseReason: { zh: "单个网点业务系统故障属Ⅱ级", en: "A system failure at one outlet is level II" },
    raise: [
      {
        when: "multi_outlet",
        to: "I",
        reason: { zh: "多个网点系统同时故障，属Ⅰ级", en: "Failure at several outlets is level I" },
      },
    ],
  },
  queue_machine_failure: {
    base: "III",
    baseReason: { zh: "叫号机故障属Ⅲ级", en: "A queue machine failure is level III" },
    raise: [],
  },
  complaint_conflict: {
    base: "III",
    baseReason: { zh: "现场冲突属寻衅滋事类，Ⅲ级", en: "An on-site conflict is a disturbance, level III" },
    raise: [
      {
        when: "weapon",
        to: "II",
        reason: { zh: "现场有凶器，升为Ⅱ级", en: "A weapon on site raises it to level II" },
      },
      {
        when: "someone_hurt",
        to: "II",
        reason: { zh: "冲突致人受伤，升为Ⅱ级", en: "Someone hurt raises it to level II" },
      },
    ],
  },
  customer_illness_injury: {
    base: "III",
    baseReason: { zh: "客户突发疾病或受伤属Ⅲ级", en: "Customer illness or injury is level III" },
    raise: [],
  },
  group_visit: {
    base: "III",
    baseReason: { zh: "不合理占用服务资源属Ⅲ级", en: "Occupying service resources is level III" },
    raise: [
      {
        when: "crowd_large",
        to: "II",
        reason: { zh: "聚集超过 20 人，升为Ⅱ级", en: "Over 20 people raises it to level II" },
      },
    ],
  },
  media_interview: {
    base: "III",
    baseReason: { zh: "媒体采访或拍摄按Ⅲ级处置", en: "Media attention is handled as level III" },
    raise: [],
  },
  staff_safety: {
    base: "II",
    baseReason: {
      zh: "员工人身安全受威胁（含抢劫）属Ⅱ级",
      en: "A threat to staff (incl. robbery) is level II",
    },
    raise: [
      {
        when: "hostage",
        to: "I",
        reason: { zh: "有人被劫持，升为Ⅰ级", en: "A hostage raises it to level I" },
      },
    ],
  },
  disaster_epidemic: {
    base: "II",
    baseReason: { zh: "自然灾害影响单个网点属Ⅱ级", en: "A disaster at one outlet is level II" },
    raise: [
      {
        when: "multi_outlet",
        to: "I",
        reason: { zh: "多个网点受灾，属Ⅰ级", en: "Several outlets hit is level I" },
      },
    ],
  },
};

export type Answers = Partial<Record<QuestionKey, boolean>>;

/** The suggested level for a report, with the reason shown to the reporter. */
export function suggestSeverity(
  category: CategoryCode,
  answers: Answers,
  rules: Record<CategoryCode, SeverityRule> = DEFAULT_SEVERITY_RULES,
): { severity: Severity; reason: { zh: string; en: string } } {
  const rule = rules[category];
  let best = { severity: rule.base, reason: rule.baseReason };
  for (const r of rule.raise) {
    if (answers[r.when] && SEVERITY_RANK[r.to] < SEVERITY_RANK[best.severity])
      best = { severity: r.to, reason: r.reason };
  }
  return best;
}
