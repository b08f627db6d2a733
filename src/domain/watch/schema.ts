import { z } from "zod";
import { incidentSummary } from "../incidents/schema.ts";
import { warning } from "../warnings/schema.ts";
import { CELL_LEVELS } from "./worst.ts";

export const watchComplaint = z.object({
  id: z.number(),
  ref: z.string(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  summary: z.string(),
  decisionDueAt: z.string(),
  breached: z.boolean(),
});

export const watchException = z.object({
  id: z.number(),
  ref: z.string(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  typeLabel: z.string(),
  followUpDueAt: z.string(),
});

export const watchOutlet = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  /** The colour of its worst open item; `none` when nothing is open. */
  worst: z.enum(CELL_LEVELS),
  open: z.number(),
});

/**
 * 值守看板: what needs someone now in the caller's subtree. Public-opinion events are not on it yet: they
 * come with their own feature (issue #19, part 1).
 */
export const watchBoard = z.object({
  unit: z.object({ id: z.number(), name: z.string(), kind: z.string() }),
  warnings: z.array(warning),
  incidents: z.array(incidentSummary),
  /** Open complaints due within three days or already past their deadline. */
  complaints: z.array(watchComplaint),
  /** Counter exceptions whose follow-up is overdue. */
  exceptions: z.array(watchException),
  outlets: z.array(watchOutlet),
});
export type WatchBoard = z.infer<typeof watchBoard>;
