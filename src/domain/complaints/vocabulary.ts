/** Fixed vocabularies of a complaint record (§13 of the complaint rules; DOMAIN.md §5). */
export const SOURCES = ["customer", "pboc", "regulator", "petition", "other"] as const;
export type Source = (typeof SOURCES)[number];
/** Sources that are forwarded by a regulator and must be passed on within 7 working days. */
export const FORWARDED_SOURCES: readonly Source[] = ["pboc", "regulator"];

export const GRADES = ["ordinary", "complex", "major"] as const;
/** `elderly`: an elderly customer, whom the early-warning rules watch (src/domain/warnings). */
export const SENSITIVE_TAGS = ["regulatory", "public_opinion", "judicial", "petition", "elderly"] as const;
export const PSYCHOLOGIES = ["show", "vent", "compensation", "respect", "revenge"] as const;
export const DISC_STYLES = ["D", "I", "S", "C"] as const;
export const COMPLAINANT_KINDS = ["person", "organisation"] as const;
export const PAUSE_REASONS = ["appraisal", "mediation"] as const;
export const PAUSE_REASON_LABELS: Record<(typeof PAUSE_REASONS)[number], { zh: string; en: string }> = {
  appraisal: { zh: "外部鉴定、检测、评估", en: "External appraisal, testing or evaluation" },
  mediation: { zh: "调解", en: "Mediation" },
};
export const OUTCOMES = ["upheld", "partly_upheld", "rejected"] as const;
export const NOTICE_CHANNELS = ["letter_delivered", "letter_posted", "sms", "email", "phone"] as const;
export const NOTICE_PURPOSES = ["decision", "extension", "pause"] as const;
export const NOTICE_CHANNEL_LABELS: Record<(typeof NOTICE_CHANNELS)[number], { zh: string; en: string }> = {
  letter_delivered: { zh: "书面送达", en: "Letter delivered" },
  letter_posted: { zh: "书面邮寄", en: "Letter posted" },
  sms: { zh: "短信", en: "SMS" },
  email: { zh: "电子邮件", en: "E-mail" },
  phone: { zh: "电话", en: "Phone call" },
};
export const NOTICE_PURPOSE_LABELS: Record<(typeof NOTICE_PURPOSES)[number], { zh: string; en: string }> = {
  decision: { zh: "处理决定", en: "Decision" },
  extension: { zh: "延期", en: "Extension" },
  pause: { zh: "时限暂停", en: "Pause" },
};
/** How the complainant took the outcome at the callback before closing. */
export const SATISFACTION_LABELS = {
  satisfied: { zh: "满意", en: "Satisfied" },
  basically_satisfied: { zh: "基本满意", en: "Mostly satisfied" },
  dissatisfied: { zh: "不满意", en: "Dissatisfied" },
  unreachable: { zh: "未联系上", en: "Not reached" },
} as const;
export const REMEDIES = ["review", "mediation", "arbitration", "litigation"] as const;
/** How the complainant took the outcome, asked when the complaint is closed. */
export const SATISFACTIONS = ["satisfied", "basically_satisfied", "dissatisfied", "unreachable"] as const;

/** A group complaint in person by this many people or more is "major" and may need the emergency plan (§29). */
export const GROUP_EMERGENCY_THRESHOLD = 20;
/** At most this many representatives speak for a group complaint (§12). */
export const MAX_REPRESENTATIVES = 5;

export const LABELS = {
  source: {
    customer: { zh: "客户直接投诉", en: "Customer directly" },
    pboc: { zh: "人民银行转办", en: "Forwarded by PBoC" },
    regulator: { zh: "金融监管转办", en: "Forwarded by the financial regulator" },
    petition: { zh: "信访", en: "Petition (信访)" },
    other: { zh: "其他", en: "Other" },
  },
  grade: {
    ordinary: { zh: "普通", en: "Ordinary" },
    complex: { zh: "复杂", en: "Complex" },
    major: { zh: "重大", en: "Major" },
  },
  outcome: {
    upheld: { zh: "支持", en: "Upheld" },
    partly_upheld: { zh: "部分支持", en: "Partly upheld" },
    rejected: { zh: "不支持", en: "Rejected" },
  },
  remedy: {
    review: { zh: "申请核查", en: "Ask for review" },
    mediation: { zh: "申请调解", en: "Mediation" },
    arbitration: { zh: "申请仲裁", en: "Arbitration" },
    litigation: { zh: "提起诉讼", en: "Litigation" },
  },
} as const;

/**
 * What a handler should keep in mind for each complaint psychology (投诉心理预期). Our own wording of the
 * handling principles: feelings first, pin the problem down, manage expectations before meeting needs.
 */
export const PSYCHOLOGY_GUIDANCE = {
  show: {
    zh: "求表现：给对方说完的机会，肯定其专业和细心，避免当众争辩。",
    en: "Wants to be seen: let them finish, acknowledge their care, never argue in front of others.",
  },
  vent: {
    zh: "求发泄：先倾听、不打断，确认其情绪，等平静后再谈事情本身。",
    en: "Wants to vent: listen without interrupting, name the feeling, turn to the matter once calm.",
  },
  compensation: {
    zh: "求赔偿：先核清事实与合同依据，方案由低到高逐步提出，不以礼品搪塞。",
    en: "Wants compensation: establish facts and contract first, offer remedies step by step, never fob off with gifts.",
  },
  respect: {
    zh: "求尊重：由负责人出面、称呼得体，说明重视程度和处理时间。",
    en: "Wants respect: a senior person attends, addresses them properly and states when it will be solved.",
  },
  revenge: {
    zh: "求报复：保持冷静、全程留痕，及时上报，评估舆情与安全风险。",
    en: "Wants revenge: stay calm, keep records, report upward early, assess media and safety risks.",
  },
} as const;

export const DISC_GUIDANCE = {
  D: {
    zh: "支配型：直奔主题，给出明确选项和时间表。",
    en: "Dominant: get to the point, give clear options and a timetable.",
  },
  I: {
    zh: "影响型：多些互动和认可，书面确认口头承诺。",
    en: "Influential: engage and acknowledge; confirm spoken promises in writing.",
  },
  S: {
    zh: "稳定型：耐心、语气平和，说明每一步会发生什么。",
    en: "Steady: be patient and calm; explain each next step.",
  },
  C: {
    zh: "遵从型：提供依据、数据和书面材料，回答要准确。",
    en: "Conscientious: bring rules, figures and documents; answer precisely.",
  },
} as const;
