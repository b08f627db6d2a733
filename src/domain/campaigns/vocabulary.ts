/** The groups consumer education reaches out to; the regulator asks banks to plan for each of them. */
export const TARGET_GROUPS = [
  "elderly",
  "youth_students",
  "new_citizens",
  "rural",
  "disabled",
  "general_public",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const TARGET_GROUP_LABELS: Record<TargetGroup, { zh: string; en: string }> = {
  elderly: { zh: "老年人", en: "Older people" },
  youth_students: { zh: "青少年及学生", en: "Young people and students" },
  new_citizens: { zh: "新市民", en: "New citizens" },
  rural: { zh: "农村及县域客户", en: "Rural customers" },
  disabled: { zh: "残障人士", en: "People with disabilities" },
  general_public: { zh: "社会公众", en: "General public" },
};

/** Where an activity took place. */
export const PLACE_KINDS = ["outlet", "community", "school", "village", "enterprise", "online"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PLACE_KIND_LABELS: Record<PlaceKind, { zh: string; en: string }> = {
  outlet: { zh: "网点内", en: "In the outlet" },
  community: { zh: "社区", en: "Community" },
  school: { zh: "学校", en: "School" },
  village: { zh: "乡村", en: "Village" },
  enterprise: { zh: "企业/园区", en: "Company or park" },
  online: { zh: "线上", en: "Online" },
};

/** An outlet's annual plan is drafted by the outlet and approved by the sub-branch (four eyes). */
export const PLAN_STATUSES = ["draft", "submitted", "approved", "returned"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, { zh: string; en: string }> = {
  draft: { zh: "草稿", en: "Draft" },
  submitted: { zh: "待审批", en: "Awaiting approval" },
  approved: { zh: "已批准", en: "Approved" },
  returned: { zh: "已退回", en: "Returned" },
};

export const PLAN_DECISIONS = ["approve", "return"] as const;
export type PlanDecision = (typeof PLAN_DECISIONS)[number];
