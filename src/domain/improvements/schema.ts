import { z } from "zod";
import { pageOf, pageQuery } from "../common/page.ts";
import { describedText } from "../common/plausibility.ts";
import { KNOWHOW_KINDS, VERSION_STATUSES } from "../knowhow/vocabulary.ts";
import { IMPROVEMENT_AREAS, IMPROVEMENT_SOURCES, IMPROVEMENT_STATUSES } from "./vocabulary.ts";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "format.date")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "format.date");

export const createImprovementBody = z.object({
  sourceKind: z.enum(IMPROVEMENT_SOURCES),
  sourceId: z.number().int().positive(),
  area: z.enum(IMPROVEMENT_AREAS),
  /** What to change, e.g. "话术库加上老年客户取现的说法". */
  what: describedText(500),
  ownerId: z.number().int().positive(),
  /** Today or later, in the server's time zone. */
  dueOn: isoDate,
});

export const completeImprovementBody = z.object({
  /** What was changed, and where: the script or playbook version, the procedure, the training held. */
  outcome: describedText(1000),
  /** The know-how version that made the change, when a draft did not already name this action. */
  versionId: z.number().int().positive().optional(),
});

/** A know-how version that answers the action: the editor's page of its item opens it. */
export const linkedVersion = z.object({
  id: z.number(),
  kind: z.enum(KNOWHOW_KINDS),
  key: z.string(),
  versionNo: z.number(),
  status: z.enum(VERSION_STATUSES),
});

export const listImprovementsQuery = pageQuery.extend({
  status: z.enum(IMPROVEMENT_STATUSES).optional(),
  sourceKind: z.enum(IMPROVEMENT_SOURCES).optional(),
  sourceId: z.coerce.number().int().positive().optional(),
  /** Only those the caller owns. */
  mine: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});

export const improvement = z.object({
  id: z.number(),
  sourceKind: z.enum(IMPROVEMENT_SOURCES),
  sourceId: z.number(),
  sourceRef: z.string(),
  orgUnitName: z.string(),
  area: z.enum(IMPROVEMENT_AREAS),
  what: z.string(),
  ownerId: z.number(),
  ownerName: z.string(),
  dueOn: z.string(),
  status: z.enum(IMPROVEMENT_STATUSES),
  overdue: z.boolean(),
  outcome: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
  /** The know-how versions that answer it. */
  versions: z.array(linkedVersion),
  /** What the caller may do with it (policy.ts). */
  allowedActions: z.array(z.enum(["complete"])),
});

export const improvementsPage = pageOf(improvement);
