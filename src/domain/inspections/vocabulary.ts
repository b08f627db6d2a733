/** An inspection is filled in as a draft, then submitted: with failed items it waits for their rectification. */
export const INSPECTION_STATUSES = ["draft", "rectifying", "closed", "cancelled"] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/** What the inspector found for one checklist item; "na" for an item that does not apply at this outlet. */
export const OUTCOMES = ["pass", "fail", "na"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const RECTIFICATION_STATUSES = ["open", "closed"] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, { zh: string; en: string }> = {
  draft: { zh: "检查中", en: "In progress" },
  rectifying: { zh: "整改中", en: "Rectifying" },
  closed: { zh: "已完成", en: "Closed" },
  cancelled: { zh: "已作废", en: "Cancelled" },
};

/** Scheduler kinds of a rectification's deadline: a reminder the day before, the escalation when missed. */
export const RECTIFICATION_DUE = {
  reminder: "inspections.rectification_reminder",
  overdue: "inspections.rectification_overdue",
} as const;

/** Photos are evidence, a few per item: beyond this the inspector is asked to pick. */
export const MAX_PHOTOS_PER_ITEM = 6;
