import { z } from "zod";
import { incidentSummary } from "../incidents/schema.ts";
import { LEVELS, STATUSES } from "../opinion/vocabulary.ts";
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

/** An open public-opinion event: its owning unit and every unit it concerns carry its colour. */
export const watchOpinion = z.object({
  id: z.number(),
  ref: z.string(),
  level: z.enum(LEVELS),
  status: z.enum(STATUSES),
  summary: z.string(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  /** The owning unit and the units the post is about. */
  unitIds: z.array(z.number()),
  firstSeenAt: z.string(),
  drill: z.boolean(),
});

export const watchOutlet = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  /** The colour of its worst open item; `none` when nothing is open. */
  worst: z.enum(CELL_LEVELS),
  open: z.number(),
});

/** 值守看板: what needs someone now in the caller's subtree. */
export const watchBoard = z.object({
  unit: z.object({ id: z.number(), name: z.string(), kind: z.string() }),
  warnings: z.array(warning),
  incidents: z.array(incidentSummary),
  /** Public-opinion events not yet closed. */
  opinion: z.array(watchOpinion),
  /** Open complaints due within three days or already past their deadline. */
  complaints: z.array(watchComplaint),
  /** Counter exceptions whose follow-up is overdue. */
  exceptions: z.array(watchException),
  outlets: z.array(watchOutlet),
});
export type WatchBoard = z.infer<typeof watchBoard>;
