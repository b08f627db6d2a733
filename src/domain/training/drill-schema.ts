import { z } from "zod";
import { STEP_KEYS } from "../incidents/playbook.ts";

const stepScore = z.number().int().min(0).max(5);

export const evaluateDrillBody = z.object({
  incidentId: z.number().int().positive(),
  /** 0–5 for each step of the closed loop (收集、分析、安抚、处置、跟进). */
  stepScores: z.object(
    Object.fromEntries(STEP_KEYS.map((k) => [k, stepScore])) as Record<
      (typeof STEP_KEYS)[number],
      typeof stepScore
    >,
  ),
  /** The time the outlet set itself to bring the drill under control. */
  stabiliseTargetMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  wentWrong: z.string().trim().max(5_000).default(""),
  /** Who took part; when left out, everyone who reported, held a role in or completed a task of the drill. */
  participantIds: z.array(z.number().int().positive()).max(100).optional(),
});

export const drillEvaluation = z.object({
  incidentId: z.number(),
  ref: z.string(),
  stepScores: z.record(z.enum(STEP_KEYS), z.number()),
  /** The step scores as a share of the best, 0–100. */
  score: z.number(),
  ackMinutes: z.number().nullable(),
  ackTargetMinutes: z.number(),
  stabiliseMinutes: z.number().nullable(),
  stabiliseTargetMinutes: z.number(),
  wentWrong: z.string(),
  participants: z.array(z.object({ id: z.number(), name: z.string() })),
  evaluatedBy: z.object({ id: z.number(), name: z.string() }),
  evaluatedAt: z.string(),
});

export const incidentParams = z.object({ incidentId: z.coerce.number().int().positive() });

/** The evaluation score: the mean step score as a share of the best (5), 0–100. */
export function drillScore(stepScores: Record<string, number>): number {
  const values = Object.values(stepScores);
  return Math.round((values.reduce((s, v) => s + v, 0) / (values.length * 5)) * 100);
}
