import { z } from "zod";

export const statsQuery = z.object({
  orgUnitId: z.coerce.number().int().positive().optional(),
  receivedFrom: z.iso.datetime({ offset: true }).optional(),
  receivedTo: z.iso.datetime({ offset: true }).optional(),
});

const bucket = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number(),
  decided: z.number(),
  onTime: z.number(),
  breached: z.number(),
});

export const complaintStatsSchema = z.object({
  total: z.number(),
  open: z.number(),
  decided: z.number(),
  onTimeRate: z.number().nullable(),
  breached: z.number(),
  averageHandlingDays: z.number().nullable(),
  repeatComplainants: z.number(),
  byChannel: z.array(bucket),
  byBusinessCategory: z.array(bucket),
  byCause: z.array(bucket),
  byOutlet: z.array(bucket),
  byGrade: z.array(bucket),
  byMonth: z.array(bucket),
});
