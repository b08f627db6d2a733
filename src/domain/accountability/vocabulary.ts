/** 奖惩: a record either rewards a person or holds them to account. */
export const RECORD_KINDS = ["reward", "accountability"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** What was decided, by kind: from a word of praise to a deduction from the performance score. */
export const MEASURES = {
  reward: ["commendation", "bonus", "honour"],
  accountability: ["reminder_talk", "warning_talk", "criticism", "score_deduction", "pay_deduction"],
} as const satisfies Record<RecordKind, readonly string[]>;
export type Measure = (typeof MEASURES)[RecordKind][number];
export const ALL_MEASURES = [...MEASURES.reward, ...MEASURES.accountability] as const;

export const MEASURE_LABELS: Record<Measure, { zh: string; en: string }> = {
  commendation: { zh: "通报表扬", en: "Public commendation" },
  bonus: { zh: "绩效奖励", en: "Performance bonus" },
  honour: { zh: "评优评先", en: "Honour or award" },
  reminder_talk: { zh: "提醒谈话", en: "Reminder talk" },
  warning_talk: { zh: "诫勉谈话", en: "Warning talk" },
  criticism: { zh: "通报批评", en: "Public criticism" },
  score_deduction: { zh: "考核扣分", en: "Scorecard deduction" },
  pay_deduction: { zh: "绩效扣减", en: "Pay deduction" },
};
