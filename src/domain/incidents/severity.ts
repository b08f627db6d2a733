import type { AnswerRule } from "../knowhow/playbook.ts";
import { ANSWER_EFFECTS, yesAnswers } from "./answers.ts";
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
  /**
   * Answers that raise the level in this category only (a conflict that hurts someone is violence); what an
   * answer means in every category is its floor in ANSWER_EFFECTS. The most severe match wins.
   */
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
    raise: [],
  },
  system_failure: {
    base: "II",
    baseReason: { zh: "单个网点业务系统故障属Ⅱ级", en: "A system failure at one outlet is level II" },
    raise: [],
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
  counter_protest: {
    base: "III",
    baseReason: {
      zh: "个人不合理占用服务资源属Ⅲ级",
      en: "One person occupying service resources is level III",
    },
    raise: [],
  },
  diversion_dispute: {
    base: "III",
    baseReason: { zh: "分流引发的现场争执按Ⅲ级处置", en: "A dispute over diversion is handled as level III" },
    raise: [],
  },
  group_visit: {
    base: "III",
    baseReason: { zh: "不合理占用服务资源属Ⅲ级", en: "Occupying service resources is level III" },
    raise: [],
  },
  media_interview: {
    base: "III",
    baseReason: { zh: "媒体采访或拍摄按Ⅲ级处置", en: "Media attention is handled as level III" },
    raise: [],
  },
  media_complaint: {
    base: "III",
    baseReason: {
      zh: "记者陪同投诉按Ⅲ级处置，舆情风险需重视",
      en: "A journalist with a complainant is level III, with a public-opinion risk",
    },
    raise: [],
  },
  staff_safety: {
    base: "II",
    baseReason: {
      zh: "员工人身安全受威胁（含抢劫）属Ⅱ级",
      en: "A threat to staff (incl. robbery) is level II",
    },
    raise: [],
  },
  disaster_epidemic: {
    base: "II",
    baseReason: { zh: "自然灾害影响单个网点属Ⅱ级", en: "A disaster at one outlet is level II" },
    raise: [],
  },
};

export type Answers = Partial<Record<QuestionKey, boolean>>;

/**
 * The suggested level for a report, with the reason shown to the reporter: the category's base, raised by
 * its own rules and by the floors of the answers in the playbook (the shipped ANSWER_EFFECTS unless given). The
 * report page and the server both call it.
 */
export function suggestSeverity(
  category: CategoryCode,
  answers: Answers,
  rules: Record<CategoryCode, SeverityRule> = DEFAULT_SEVERITY_RULES,
  answerRules: Record<QuestionKey, Pick<AnswerRule, "floor">> = ANSWER_EFFECTS,
): { severity: Severity; reason: { zh: string; en: string } } {
  const rule = rules[category];
  const yes = yesAnswers(answers);
  // Floors first, in the table's priority order, so that a tie names the gravest answer (a weapon, say).
  const candidates = [
    ...yes.flatMap((key) => {
      const floor = answerRules[key].floor;
      return floor ? [{ severity: floor.level, reason: floor.reason }] : [];
    }),
    ...rule.raise.filter((r) => yes.includes(r.when)).map((r) => ({ severity: r.to, reason: r.reason })),
  ];
  let best = { severity: rule.base, reason: rule.baseReason };
  for (const c of candidates) if (SEVERITY_RANK[c.severity] < SEVERITY_RANK[best.severity]) best = c;
  return best;
}
