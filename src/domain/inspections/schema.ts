import { z } from "zod";
import { pageQuery } from "../common/page.ts";
import { INSPECTION_ACTIONS, RECTIFICATION_ACTIONS } from "./policy.ts";
import { INSPECTION_STATUSES, OUTCOMES, RECTIFICATION_STATUSES } from "./vocabulary.ts";

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "format.date")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "format.date");

/** One line of the checklist an administrator keeps; inspections copy the enabled ones when they start. */
export const checklistItem = z.object({
  id: z.number(),
  code: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  position: z.number(),
  enabled: z.boolean(),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export const createChecklistItemBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, "inspections.code_format"),
  labelZh: z.string().trim().min(1).max(200),
  labelEn: z.string().trim().min(1).max(200),
  position: z.number().int().min(0).max(10_000).optional(),
});

export const updateChecklistItemBody = z.object({
  labelZh: z.string().trim().min(1).max(200).optional(),
  labelEn: z.string().trim().min(1).max(200).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  enabled: z.boolean().optional(),
});

export const createInspectionBody = z.object({ orgUnitId: z.number().int().positive() });

/** A finding on one item; owner and due date only for a failed item, where they become its rectification. */
export const recordResultBody = z.object({
  outcome: z.enum(OUTCOMES),
  note: z.string().trim().max(1000).optional(),
  ownerId: z.number().int().positive().nullable().optional(),
  dueOn: localDate.nullable().optional(),
});

export const submitInspectionBody = z.object({ summary: z.string().trim().max(2000).optional() });

export const closeRectificationBody = z.object({ note: z.string().trim().max(2000) });

export const listInspectionsQuery = pageQuery.extend({
  status: z.enum(INSPECTION_STATUSES).optional(),
  orgUnitId: z.coerce.number().int().positive().optional(),
});

export const listRectificationsQuery = z.object({
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  /** Only those the caller owns. */
  mine: z.enum(["true", "false"]).optional(),
});

export const resultParams = z.object({
  id: z.coerce.number().int().positive(),
  resultId: z.coerce.number().int().positive(),
});
export const photoParams = z.object({
  id: z.coerce.number().int().positive(),
  photoId: z.coerce.number().int().positive(),
});

const person = z.object({ id: z.number(), displayName: z.string() });

export const inspectionPhoto = z.object({
  id: z.number(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});

export const inspectionResult = z.object({
  id: z.number(),
  position: z.number(),
  code: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  outcome: z.enum(OUTCOMES).nullable(),
  note: z.string().nullable(),
  owner: person.nullable(),
  dueOn: z.string().nullable(),
  photos: z.array(inspectionPhoto),
});

export const rectification = z.object({
  id: z.number(),
  inspectionId: z.number(),
  inspectionRef: z.string(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  finding: z.string().nullable(),
  owner: person,
  dueOn: z.string(),
  status: z.enum(RECTIFICATION_STATUSES),
  /** Past its due date while open, or closed after it. */
  overdue: z.boolean(),
  evidenceNote: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: person.nullable(),
  photos: z.array(inspectionPhoto),
  allowedActions: z.array(z.enum(RECTIFICATION_ACTIONS)),
});
export type Rectification = z.infer<typeof rectification>;

export const inspectionSummary = z.object({
  id: z.number(),
  ref: z.string(),
  status: z.enum(INSPECTION_STATUSES),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  inspector: person,
  startedAt: z.string(),
  submittedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  failCount: z.number(),
  openRectifications: z.number(),
});
export type InspectionSummary = z.infer<typeof inspectionSummary>;

export const inspectionDetail = inspectionSummary.extend({
  summary: z.string().nullable(),
  results: z.array(inspectionResult),
  rectifications: z.array(rectification),
  /** Who at the outlet may own a rectification (while the inspection is a draft). */
  outletStaff: z.array(person),
  allowedActions: z.array(z.enum(INSPECTION_ACTIONS)),
});
export type InspectionDetail = z.infer<typeof inspectionDetail>;
