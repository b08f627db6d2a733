import { z } from "zod";
import { pageQuery } from "../common/page.ts";
import { PLAN_ACTIONS } from "./policy.ts";
import { PLACE_KINDS, PLAN_DECISIONS, PLAN_STATUSES, TARGET_GROUPS } from "./vocabulary.ts";

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "format.date")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "format.date");
const year = z.coerce.number().int().min(2020).max(2100);
const person = z.object({ id: z.number(), displayName: z.string() });

/** An education campaign an outlet can join: the regulator's (315, 金融知识进万家, …) or the bank's own. */
export const campaign = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });
export type Campaign = z.infer<typeof campaign>;

export const planMonth = z.object({
  month: z.number().int().min(1).max(12),
  campaignCode: z.string().trim().max(40).nullable(),
  targetGroup: z.enum(TARGET_GROUPS),
  topic: z.string().trim().min(1).max(200),
  plannedCount: z.number().int().min(1).max(100),
});

export const createPlanBody = z.object({ year: z.number().int().min(2020).max(2100) });

export const updatePlanBody = z.object({
  targetGroups: z.array(z.enum(TARGET_GROUPS)).min(1).max(TARGET_GROUPS.length),
  themes: z.string().trim().max(2000),
  campaignCodes: z.array(z.string().trim().max(40)).max(20),
  months: z.array(planMonth).max(120),
});

export const decidePlanBody = z.object({
  decision: z.enum(PLAN_DECISIONS),
  comment: z.string().trim().max(2000).optional(),
});

export const listPlansQuery = z.object({ year: year.optional(), status: z.enum(PLAN_STATUSES).optional() });

export const plan = z.object({
  id: z.number(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  year: z.number(),
  status: z.enum(PLAN_STATUSES),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  themes: z.string(),
  campaignCodes: z.array(z.string()),
  months: z.array(planMonth),
  plannedTotal: z.number(),
  submittedBy: person.nullable(),
  submittedAt: z.string().nullable(),
  decidedBy: person.nullable(),
  decidedAt: z.string().nullable(),
  decisionComment: z.string().nullable(),
  updatedAt: z.string(),
  allowedActions: z.array(z.enum(PLAN_ACTIONS)),
});
export type Plan = z.infer<typeof plan>;

export const recordActivityBody = z.object({
  campaignCode: z.string().trim().max(40).nullable().optional(),
  heldOn: localDate,
  placeKind: z.enum(PLACE_KINDS),
  place: z.string().trim().min(1).max(200),
  targetGroup: z.enum(TARGET_GROUPS),
  topic: z.string().trim().min(1).max(200),
  materialIds: z.array(z.number().int().positive()).max(20),
  peopleReached: z.number().int().min(0).max(1_000_000),
  feedback: z.string().trim().max(2000).optional(),
});

export const listActivitiesQuery = pageQuery.extend({
  year: year.optional(),
  campaignCode: z.string().trim().max(40).optional(),
  orgUnitId: z.coerce.number().int().positive().optional(),
});

export const activity = z.object({
  id: z.number(),
  ref: z.string(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  campaignCode: z.string().nullable(),
  heldOn: z.string(),
  placeKind: z.enum(PLACE_KINDS),
  place: z.string(),
  targetGroup: z.enum(TARGET_GROUPS),
  topic: z.string(),
  materials: z.array(z.object({ id: z.number(), ref: z.string(), title: z.string() })),
  peopleReached: z.number(),
  feedback: z.string().nullable(),
  photos: z.array(z.object({ id: z.number(), fileName: z.string() })),
  recordedBy: person,
  recordedAt: z.string(),
});
export type Activity = z.infer<typeof activity>;

export const activityPhotoParams = z.object({
  id: z.coerce.number().int().positive(),
  photoId: z.coerce.number().int().positive(),
});

export const progressQuery = z.object({ year, orgUnitId: z.coerce.number().int().positive().optional() });

const figures = z.object({ planned: z.number(), done: z.number(), peopleReached: z.number() });
/** Plan against done for a unit and each unit directly below it, each over its whole subtree. */
export const progress = z.object({
  unit: z.object({ id: z.number(), name: z.string() }).extend(figures.shape),
  rows: z.array(z.object({ orgUnitId: z.number(), name: z.string() }).extend(figures.shape)),
});
export type Progress = z.infer<typeof progress>;

export const exportParams = z.object({ code: z.string().trim().min(1).max(40) });
export const exportQuery = z.object({ year });
