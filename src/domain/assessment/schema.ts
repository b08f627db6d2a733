import { z } from "zod";
import { METRICS, type Metric } from "./vocabulary.ts";

const weight = z.number().int().min(0).max(100);

export const scorecardSettings = z.object({
  weights: z.object(Object.fromEntries(METRICS.map((m) => [m, weight])) as Record<Metric, typeof weight>),
  /** Training hours per person a month that count as full marks. */
  targetHoursPerMonth: z.number().min(0.5).max(40),
});
export type ScorecardSettings = z.infer<typeof scorecardSettings>;

export const DEFAULT_SCORECARD_SETTINGS: ScorecardSettings = {
  weights: {
    attendance: 15,
    training_hours: 10,
    quiz_score: 15,
    practice_score: 10,
    drill_coverage: 10,
    drill_evaluation: 10,
    complaints_on_time: 15,
    complaints_not_repeated: 10,
    incident_ack_on_time: 10,
    counter_follow_up: 5,
  },
  targetHoursPerMonth: 2,
};

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "assessment.month_format");

export const scorecardQuery = z.object({ month: month.optional() });
export const trendQuery = z.object({
  month: month.optional(),
  months: z.coerce.number().int().min(2).max(24).default(6),
});
export const detailQuery = z.object({ month: month.optional(), metric: z.enum(METRICS) });
export const outletParams = z.object({ orgUnitId: z.coerce.number().int().positive() });

export const metricFigure = z.object({
  metric: z.enum(METRICS),
  label: z.string(),
  /** 0–100, or null when the period has nothing to count (then the metric is left out of the total). */
  score: z.number().nullable(),
  /** The figures behind the score: e.g. 7 sign-ins of 10 expected. */
  numerator: z.number(),
  denominator: z.number(),
  weight: z.number(),
});

export const outletScorecard = z.object({
  orgUnitId: z.number(),
  code: z.string(),
  name: z.string(),
  total: z.number().nullable(),
  rank: z.number().nullable(),
  metrics: z.array(metricFigure),
});

export const scorecards = z.object({ month: z.string(), outlets: z.array(outletScorecard) });

export const scorecardTrend = z.object({
  months: z.array(z.string()),
  outlets: z.array(
    z.object({ orgUnitId: z.number(), name: z.string(), totals: z.array(z.number().nullable()) }),
  ),
});

export const scorecardDetail = z.object({
  metric: z.enum(METRICS),
  label: z.string(),
  month: z.string(),
  figure: metricFigure,
  /** The records the figure counts, each marked as counting for or against it. */
  rows: z.array(z.object({ ref: z.string(), text: z.string(), at: z.string(), counts: z.boolean() })),
});
