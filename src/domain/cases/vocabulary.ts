/**
 * Where a case comes from: a closed incident, complaint, counter exception or public-opinion event, or
 * written up by hand.
 */
export const CASE_SOURCE_KINDS = [
  "incident",
  "complaint",
  "manual",
  "counter_exception",
  "opinion_event",
] as const;

/** The category of a case written from a public-opinion event: of the same kind of trouble as media on site. */
export const OPINION_CASE_CATEGORY = "public_opinion";
export type CaseSourceKind = (typeof CASE_SOURCE_KINDS)[number];

/** A case is written as a draft, reviewed (personal data stripped) and published by another person. */
export const CASE_STATUSES = ["draft", "published"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** How it ended, as far as the lesson goes. */
export const CASE_OUTCOMES = [
  "resolved_on_site", // 现场化解
  "resolved_after_follow_up", // 跟进后化解
  "complaint_escalated", // 升级为投诉/上级处理
  "regulator_or_media", // 引发监管转办或舆情
  "compensated", // 经协商赔偿/补偿
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
