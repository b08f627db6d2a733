import { z } from "zod";
import { MATERIAL_STATUSES, REVIEW_DECISIONS } from "./review.ts";
import { finding } from "./schema.ts";
import { CHANNELS, MATERIAL_TYPES } from "./vocabulary.ts";

/** Attachments (a poster's image, a PDF) travel as base64 inside the JSON body; about 600 KB at most. */
export const MAX_ATTACHMENT_BASE64 = 800_000;

export const attachment = z.object({
  name: z.string().trim().min(1).max(200),
  type: z
    .string()
    .trim()
    .regex(/^[\w.+-]+\/[\w.+-]+$/, "materials.attachment_type"),
  base64: z
    .string()
    .max(MAX_ATTACHMENT_BASE64)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "materials.attachment_base64"),
});

export const submitMaterialBody = z.object({
  title: z.string().trim().min(1).max(200),
  channel: z.enum(CHANNELS),
  materialType: z.enum(MATERIAL_TYPES),
  text: z.string().trim().min(1).max(20_000),
  attachment: attachment.optional(),
});

/** A new version of an existing material: new text, optionally a new title or attachment. */
export const newVersionBody = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  text: z.string().trim().min(1).max(20_000),
  attachment: attachment.nullable().optional(),
});

export const reviewBody = z.object({
  versionId: z.number().int().positive(),
  decision: z.enum(REVIEW_DECISIONS),
  comment: z.string().trim().max(2000).optional(),
});

export const materialVersion = z.object({
  id: z.number(),
  version: z.number(),
  title: z.string(),
  text: z.string(),
  attachment: z.object({ name: z.string(), type: z.string() }).nullable(),
  findings: z.array(finding),
  errorCount: z.number(),
  warningCount: z.number(),
  status: z.enum(MATERIAL_STATUSES),
  submittedBy: z.object({ id: z.number(), displayName: z.string() }),
  submittedAt: z.string(),
  reviewedBy: z.object({ id: z.number(), displayName: z.string() }).nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
});
export type MaterialVersion = z.infer<typeof materialVersion>;

export const materialSummary = z.object({
  id: z.number(),
  ref: z.string(),
  title: z.string(),
  channel: z.enum(CHANNELS),
  materialType: z.enum(MATERIAL_TYPES),
  status: z.enum(MATERIAL_STATUSES),
  currentVersion: z.number(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  createdBy: z.number(),
  updatedAt: z.string(),
});
export type MaterialSummary = z.infer<typeof materialSummary>;

export const material = materialSummary.extend({ versions: z.array(materialVersion) });
export type Material = z.infer<typeof material>;

export const listMaterialsQuery = z.object({
  status: z.enum(MATERIAL_STATUSES).optional(),
  channel: z.enum(CHANNELS).optional(),
  q: z.string().trim().max(60).optional(),
});
