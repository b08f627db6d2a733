import { z } from "zod";
import { describedText } from "../common/plausibility.ts";
import { ALL_MEASURES, RECORD_KINDS } from "./vocabulary.ts";

export const createRecordBody = z.object({
  userId: z.number().int().positive(),
  kind: z.enum(RECORD_KINDS),
  measure: z.enum(ALL_MEASURES),
  reason: describedText(2_000),
  /** The incident (including a public-opinion event) or complaint behind it, e.g. INC-20260305-0001. */
  sourceRef: z
    .string()
    .trim()
    .regex(/^(INC|CMP)-\d{8}-\d{4,}$/, "accountability.source_ref_format")
    .optional(),
  /** Points or yuan, where the measure has an amount. */
  amount: z.number().min(0).max(1_000_000).optional(),
  decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "format.date"),
});

export const accountabilityRecord = z.object({
  id: z.number(),
  user: z.object({ id: z.number(), name: z.string(), orgUnitName: z.string() }),
  kind: z.enum(RECORD_KINDS),
  measure: z.enum(ALL_MEASURES),
  measureLabel: z.string(),
  reason: z.string(),
  sourceRef: z.string().nullable(),
  amount: z.number().nullable(),
  decidedOn: z.string(),
  decidedBy: z.object({ id: z.number(), name: z.string() }),
});

export const listRecordsQuery = z.object({ userId: z.coerce.number().int().positive().optional() });
