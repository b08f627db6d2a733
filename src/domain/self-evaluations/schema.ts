import { z } from "zod";
import { EVALUATION_ACTIONS } from "./policy.ts";
import { EVALUATION_STATUSES, EVIDENCE_SOURCES } from "./vocabulary.ts";

const person = z.object({ id: z.number(), displayName: z.string() });

/** One element of the rating sheet: its weight (the most points it gives) and the evidence it needs. */
export const ratingElement = z.object({
  id: z.number(),
  code: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  weight: z.number(),
  evidenceZh: z.string(),
  evidenceEn: z.string(),
  sources: z.array(z.enum(EVIDENCE_SOURCES)),
  position: z.number(),
  enabled: z.boolean(),
});
export type RatingElement = z.infer<typeof ratingElement>;

const elementFields = {
  titleZh: z.string().trim().min(1).max(200),
  titleEn: z.string().trim().min(1).max(200),
  weight: z.number().int().min(1).max(100),
  evidenceZh: z.string().trim().max(1000),
  evidenceEn: z.string().trim().max(1000),
  sources: z.array(z.enum(EVIDENCE_SOURCES)).max(EVIDENCE_SOURCES.length),
  position: z.number().int().min(0).max(10_000),
};
export const createElementBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, "inspections.code_format"),
  ...elementFields,
});
export const updateElementBody = z
  .object(elementFields)
  .partial()
  .extend({ enabled: z.boolean().optional() });

export const createEvaluationBody = z.object({ year: z.number().int().min(2020).max(2100) });
export const listEvaluationsQuery = z.object({
  year: z.coerce.number().int().min(2020).max(2100).optional(),
});
export const scoreBody = z.object({
  score: z.number().min(0).max(100).nullable(),
  comment: z.string().trim().max(4000).optional(),
});
export const itemParams = z.object({
  id: z.coerce.number().int().positive(),
  itemId: z.coerce.number().int().positive(),
});
export const fileParams = z.object({
  id: z.coerce.number().int().positive(),
  fileId: z.coerce.number().int().positive(),
});

/** What the platform itself holds for the unit's subtree in the year, by source. */
export const evidenceFigures = z.object({
  complaints: z.object({ received: z.number(), breached: z.number() }),
  materials: z.object({ approved: z.number(), rejected: z.number(), pending: z.number() }),
  inspections: z.object({ submitted: z.number(), failedItems: z.number(), openRectifications: z.number() }),
  campaigns: z.object({ planned: z.number(), activities: z.number(), peopleReached: z.number() }),
  /**
   * The training records of the year: sessions held in the subtree, the staff expected at them and those who
   * signed in, the hours signed in (person-hours, and per member of staff today), quizzes taken by the staff.
   */
  training: z.object({
    sessions: z.number(),
    expected: z.number(),
    signIns: z.number(),
    attendanceRate: z.number().nullable(),
    hours: z.number(),
    staff: z.number(),
    hoursPerPerson: z.number().nullable(),
    quizAttempts: z.number(),
    averageQuizScore: z.number().nullable(),
  }),
});
export type EvidenceFigures = z.infer<typeof evidenceFigures>;

export const evaluationItem = z.object({
  id: z.number(),
  position: z.number(),
  code: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  weight: z.number(),
  evidenceZh: z.string(),
  evidenceEn: z.string(),
  sources: z.array(z.enum(EVIDENCE_SOURCES)),
  score: z.number().nullable(),
  comment: z.string().nullable(),
  /** The same element's score in last year's evaluation of the unit, when there was one. */
  lastYearScore: z.number().nullable(),
  files: z.array(z.object({ id: z.number(), fileName: z.string(), mime: z.string() })),
});

export const evaluationSummary = z.object({
  id: z.number(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  year: z.number(),
  status: z.enum(EVALUATION_STATUSES),
  draftScore: z.number(),
  maxScore: z.number(),
  preparedBy: person,
  signedOffBy: person.nullable(),
  signedOffAt: z.string().nullable(),
});

export const evaluation = evaluationSummary.extend({
  items: z.array(evaluationItem),
  evidence: evidenceFigures,
  /** The same figures for the year before, to read this year's beside. */
  lastYearEvidence: evidenceFigures,
  lastYear: z
    .object({ id: z.number(), draftScore: z.number(), status: z.enum(EVALUATION_STATUSES) })
    .nullable(),
  allowedActions: z.array(z.enum(EVALUATION_ACTIONS)),
});
export type Evaluation = z.infer<typeof evaluation>;
