/** The kinds of outlet service emergency (DOMAIN.md §3), with what matters when one is reported. */
export const CATEGORY_CODES = [
  "crowd_surge",
  "system_failure",
  "queue_machine_failure",
  "complaint_conflict",
  "counter_protest",
  "diversion_dispute",
  "customer_illness_injury",
  "group_visit",
  "media_interview",
  "media_complaint",
  "staff_safety",
  "disaster_epidemic",
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

/** Quick yes/no questions asked at report time; at most three per category. */
export const QUESTIONS = {
  someone_hurt: { zh: "有人受伤或身体不适吗？", en: "Is anyone hurt or unwell?" },
  unconscious: { zh: "当事人意识不清或无法站立吗？", en: "Is the person unconscious or unable to stand?" },
  weapon: { zh: "现场有人持刀、枪或其他凶器吗？", en: "Is anyone armed (knife, gun or other weapon)?" },
  hostage: { zh: "有人被劫持或被控制吗？", en: "Is anyone held hostage or restrained?" },
  crowd_large: { zh: "聚集人数超过 20 人吗？", en: "Are more than 20 people gathering?" },
  bank_run: { zh: "有集中挤提、排队取光存款的迹象吗？", en: "Are there signs of a run (mass withdrawals)?" },
  media: { zh: "现场有媒体、直播或拍摄吗？", en: "Are media present, or is anyone filming or streaming?" },
  multi_outlet: { zh: "多个网点同时受到影响吗？", en: "Are several outlets affected at once?" },
  long_outage: { zh: "预计中断超过 30 分钟吗？", en: "Is the outage expected to last over 30 minutes?" },
  agitated: { zh: "有客户情绪激动、争吵吗？", en: "Are customers agitated or arguing?" },
} as const satisfies Record<string, { zh: string; en: string }>;
export type QuestionKey = keyof typeof QUESTIONS;

export type Scale = "group" | "individual";

export interface Category {
  label: { zh: string; en: string };
  /** 群体性 group events vs 个体性 individual events. */
  scale: Scale;
  questions: readonly QuestionKey[];
  /**
   * Events that run for days (disasters, epidemics): after the first escalation nobody is chased every few
   * minutes; a daily situation update is asked for instead.
   */
  longRunning?: true;
}

export const CATEGORIES: Record<CategoryCode, Category> = {
  crowd_surge: {
    label: { zh: "网点客流激增", en: "Crowd surge" },
    scale: "group",
    questions: ["bank_run", "crowd_large", "media"],
  },
  system_failure: {
    label: { zh: "业务系统故障", en: "Business system failure" },
    scale: "group",
    questions: ["multi_outlet", "long_outage", "agitated"],
  },
  queue_machine_failure: {
    label: { zh: "排队叫号机故障", en: "Queue machine failure" },
    scale: "group",
    questions: ["crowd_large", "agitated"],
  },
  complaint_conflict: {
    label: { zh: "客户现场投诉发生激烈冲突", en: "Heated on-site complaint" },
    scale: "individual",
    questions: ["someone_hurt", "weapon", "media"],
  },
  customer_illness_injury: {
    label: { zh: "客户突发疾病或意外受伤", en: "Customer illness or injury" },
    scale: "individual",
    questions: ["someone_hurt", "unconscious"],
  },
  counter_protest: {
    label: { zh: "个人恶意占用柜台（如恶意取款）", en: "One customer tying up a counter in protest" },
    scale: "individual",
    questions: ["agitated", "media"],
  },
  diversion_dispute: {
    label: { zh: "业务分流引发争执", en: "Dispute over being directed elsewhere" },
    scale: "individual",
    questions: ["agitated", "someone_hurt", "media"],
  },
  group_visit: {
    label: { zh: "不合理占用服务资源的群访事件", en: "Group visit occupying service resources" },
    scale: "group",
    questions: ["crowd_large", "media", "agitated"],
  },
  media_interview: {
    label: { zh: "媒体采访或现场拍摄", en: "Media interview or on-site filming" },
    scale: "individual",
    questions: ["media", "agitated"],
  },
  media_complaint: {
    label: { zh: "记者陪同投诉人到网点", en: "Journalist arriving with a complainant" },
    scale: "individual",
    questions: ["agitated", "crowd_large", "someone_hurt"],
  },
  staff_safety: {
    label: { zh: "员工人身安全受到威胁或伤害", en: "Threat to staff safety" },
    scale: "individual",
    questions: ["weapon", "hostage", "someone_hurt"],
  },
  disaster_epidemic: {
    label: { zh: "自然灾害、传染病疫情", en: "Natural disaster or epidemic" },
    scale: "group",
    questions: ["multi_outlet", "someone_hurt"],
    longRunning: true,
  },
};

export function isCategoryCode(value: string): value is CategoryCode {
  return (CATEGORY_CODES as readonly string[]).includes(value);
}
