/** What the sub-branch scores its outlets on, each figure 0–100 from what the platform records. */
export const METRICS = [
  "attendance",
  "training_hours",
  "quiz_score",
  "practice_score",
  "drill_coverage",
  "drill_evaluation",
  "complaints_on_time",
  "complaints_not_repeated",
  "incident_ack_on_time",
  "counter_follow_up",
] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_LABELS: Record<Metric, { zh: string; en: string }> = {
  attendance: { zh: "培训出勤率", en: "Training attendance" },
  training_hours: { zh: "人均培训学时", en: "Training hours per person" },
  quiz_score: { zh: "测验平均分", en: "Average quiz score" },
  practice_score: { zh: "话术练习平均分", en: "Average script-practice score" },
  drill_coverage: { zh: "演练覆盖（年内）", en: "Drill coverage (year to date)" },
  drill_evaluation: { zh: "演练评估得分（年内）", en: "Drill evaluation (year to date)" },
  complaints_on_time: { zh: "投诉按时办结率", en: "Complaints decided on time" },
  complaints_not_repeated: { zh: "投诉非重复率", en: "Complaints not repeated" },
  incident_ack_on_time: { zh: "突发事件按时接报率", en: "Incidents acknowledged on time" },
  counter_follow_up: { zh: "柜面异常按时跟进率", en: "Counter exceptions followed up on time" },
};
