/**
 * 改进措施: what a review or a complaint's closing decided to change. The areas follow issue 18: the words
 * staff say, the emergency playbook, a procedure, or training.
 */
export const IMPROVEMENT_AREAS = ["script", "playbook", "procedure", "training"] as const;
export type ImprovementArea = (typeof IMPROVEMENT_AREAS)[number];

/** The records an improvement comes from: an incident's review, a complaint's closing (溯源整改). */
export const IMPROVEMENT_SOURCES = ["incident", "complaint"] as const;
export type ImprovementSource = (typeof IMPROVEMENT_SOURCES)[number];

export const IMPROVEMENT_STATUSES = ["open", "done"] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

export const AREA_LABELS: Record<ImprovementArea, { zh: string; en: string }> = {
  script: { zh: "话术", en: "Script" },
  playbook: { zh: "应急预案", en: "Playbook" },
  procedure: { zh: "业务流程", en: "Procedure" },
  training: { zh: "培训", en: "Training" },
};
