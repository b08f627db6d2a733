import { z } from "zod";
import { WARNING_ACTIONS } from "./policy.ts";
import { RULE_THRESHOLDS } from "./thresholds.ts";
import { SIGNAL_KINDS, WARNING_LEVELS, WARNING_RULES, WARNING_STATUSES } from "./vocabulary.ts";

export const warning = z.object({
  id: z.number(),
  rule: z.enum(WARNING_RULES),
  level: z.enum(WARNING_LEVELS),
  status: z.enum(WARNING_STATUSES),
  orgUnit: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  /** The figures behind it: counts, expected count, reasons; keys per rule. */
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  openedAt: z.string(),
  lastSeenAt: z.string(),
  /** Set once the condition has gone away: a new firing would be a new warning. */
  endedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  liftedBy: z.string().nullable(),
  liftedAt: z.string().nullable(),
  liftReason: z.string().nullable(),
  /** Where an incident opened from it starts (DOMAIN.md §3 category code). */
  incidentCategory: z.string(),
  allowedActions: z.array(z.enum(WARNING_ACTIONS)),
});
export type Warning = z.infer<typeof warning>;

export const listWarningsQuery = z.object({
  /** Lifted ones too (the history); by default only those not yet lifted. */
  all: z.enum(["true", "false"]).optional(),
  orgUnitId: z.coerce.number().int().positive().optional(),
});

export const liftBody = z.object({ reason: z.string().trim().min(2).max(500) });

/** A figure pushed by an outside system: the outlet by its code, as the bank's other systems name it. */
export const signalBody = z.object({
  outletCode: z.string().trim().min(1).max(40),
  kind: z.enum(SIGNAL_KINDS),
  value: z.number().finite().min(0).max(1e12),
  at: z.iso.datetime({ offset: true }),
});

export const createSourceBody = z.object({ name: z.string().trim().min(2).max(80) });
export const source = z.object({
  id: z.number(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

/** A rule's setting as sent and stored: on or off, and its thresholds (shape per rule). */
export const ruleSettingBody = <R extends keyof typeof RULE_THRESHOLDS>(rule: R) =>
  z.object({ enabled: z.boolean(), thresholds: RULE_THRESHOLDS[rule] });

export const ruleSetting = z.object({
  rule: z.enum(WARNING_RULES),
  enabled: z.boolean(),
  thresholds: z.record(z.string(), z.number()),
});

/** How often a setting would have warned over the last 90 days of real data, per day. */
export const backtest = z.object({
  rule: z.enum(WARNING_RULES),
  days: z.number(),
  warnings: z.number(),
  units: z.number(),
  byDay: z.array(z.object({ day: z.string(), opened: z.number() })),
});
