import { z } from "zod";
import { describedText } from "../common/plausibility.ts";
import { CASE_OUTCOMES, CASE_SOURCE_KINDS, CASE_STATUSES } from "./vocabulary.ts";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "format.date")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "format.date");

const caseFields = {
  title: describedText(200),
  /** An incident category code (crowd_surge …) or a complaint cause. */
  category: z.string().trim().min(1).max(60),
  outcome: z.enum(CASE_OUTCOMES),
  /** Not in the future nor older than the horizon: checked against the server's clock (plausibility.ts). */
  occurredOn: isoDate,
  story: describedText(20_000),
  lessons: describedText(10_000),
  tags: z.array(z.string().trim().min(1).max(30)).max(20),
};

export const createCaseBody = z.object({
  ...caseFields,
  tags: caseFields.tags.default([]),
  sourceKind: z.enum(CASE_SOURCE_KINDS),
  /** The incident or complaint the case was written from, e.g. INC-20260305-0001. */
  sourceRef: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,5}-\d{8}-\d{4,}$/, "cases.source_ref_format")
    .optional(),
  /** Names of people in the story, replaced by 张某-style initials before saving. */
  names: z.array(z.string().trim().min(2).max(30)).max(20).default([]),
});

export const fromSourceBody = z.object({
  sourceRef: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,5}-\d{8}-\d{4,}$/, "cases.source_ref_format"),
});

export const updateCaseBody = z
  .object({
    ...z.object(caseFields).partial().shape,
    names: z.array(z.string().trim().min(2).max(30)).max(20).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, "nothing_to_change");

export const caseRecord = z.object({
  id: z.number(),
  ref: z.string(),
  title: z.string(),
  category: z.string(),
  outcome: z.enum(CASE_OUTCOMES),
  occurredOn: z.string(),
  story: z.string(),
  lessons: z.string(),
  tags: z.array(z.string()),
  sourceKind: z.enum(CASE_SOURCE_KINDS),
  sourceRef: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  createdBy: z.number(),
  publishedAt: z.string().nullable(),
});
export type CaseRecord = z.infer<typeof caseRecord>;

export const searchCasesQuery = z.object({
  q: z.string().trim().max(200).optional(),
  category: z.string().trim().max(60).optional(),
  outcome: z.enum(CASE_OUTCOMES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(CASE_STATUSES).default("published"),
});

export const similarCasesQuery = z.object({
  text: z.string().trim().min(1).max(5_000),
  category: z.string().trim().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

export const similarCase = caseRecord.extend({ score: z.number(), matchedTerms: z.array(z.string()) });
