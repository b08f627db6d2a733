import { z } from "zod";
import { pageOf, pageQuery } from "../common/page.ts";
import { finding } from "../compliance/schema.ts";
import { ELEMENTS, TECHNIQUES } from "./vocabulary.ts";

const example = z.object({ text: z.string(), why: z.string() });

export const scenario = z.object({
  id: z.string(),
  title: z.string(),
  situation: z.string(),
  customerLine: z.string(),
  technique: z.enum(TECHNIQUES),
  incidentCategories: z.array(z.string()),
  complaintCauses: z.array(z.string()),
  goodReplies: z.array(example),
  badReplies: z.array(example),
  traps: z.array(z.string()),
  steps: z.array(z.string()),
  /** A hash of the scenario's content: an attempt records which version it answered. */
  version: z.string(),
});

export const scenarioParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,60}$/) });

export const listScenariosQuery = z.object({
  incidentCategory: z.string().trim().max(60).optional(),
  complaintCause: z.string().trim().max(60).optional(),
});

export const practiceBody = z.object({ reply: z.string().trim().min(1).max(2000) });

export const practiceResult = z.object({
  findings: z.array(finding),
  elements: z.array(
    z.object({
      element: z.enum(ELEMENTS),
      expected: z.boolean(),
      present: z.boolean(),
      evidence: z.string().nullable(),
    }),
  ),
  score: z.number(),
  verdict: z.enum(["good", "needs_work"]),
});

/** The answer to a practice reply: the feedback, and the stored attempt it became. */
export const practiceAnswer = practiceResult.extend({ attemptId: z.number() });

export const listAttemptsQuery = pageQuery.extend({
  scenarioId: scenarioParams.shape.id.optional(),
  /** Coaches only: one member of staff's attempts. */
  userId: z.coerce.number().int().positive().optional(),
  /** Only the caller's own attempts, also for a coach. */
  mine: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});

/** One stored practice attempt, as its author and their coaches see it. */
export const practiceAttempt = practiceResult.extend({
  id: z.number(),
  userId: z.number(),
  username: z.string(),
  displayName: z.string(),
  orgUnitName: z.string(),
  scenarioId: z.string(),
  /** The scenario's title today; null when the library no longer has it. */
  scenarioTitle: z.string().nullable(),
  scenarioVersion: z.string(),
  /** Whether the attempt answered the scenario as it reads today. */
  currentVersion: z.boolean(),
  reply: z.string(),
  createdAt: z.string(),
});

export const attemptsPage = pageOf(practiceAttempt);
