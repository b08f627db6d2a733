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

/** Whose board: the caller's own unit by default, or a unit below it. */
export const watchQuery = z.object({ orgUnitId: z.coerce.number().int().positive().optional() });

const unitRef = z.object({ id: z.number(), name: z.string(), kind: z.string() });

/** 值守看板: what needs someone now in one unit's subtree, one page per level of the tree. */
export const watchBoard = z.object({
  unit: unitRef,
  /** The board one level up, when that unit is still in the caller's part of the tree. */
  parent: unitRef.nullable(),
  /** The units right below that are not outlets (a branch's sub-branches): each has a board of its own. */
  subunits: z.array(unitRef),
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
