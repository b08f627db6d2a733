import { z } from "zod";
import { foldPhrase } from "./normalise.ts";
import { MATERIAL_TYPES, RULE_KINDS, SEVERITIES, TEXT_KINDS } from "./vocabulary.ts";

/** Texts checked in one request; a long prospectus fits, a whole book does not. */
export const MAX_CHECK_LENGTH = 200_000;

export const checkBody = z.object({
  text: z.string().max(MAX_CHECK_LENGTH),
  kind: z.enum(TEXT_KINDS),
  materialType: z.enum(MATERIAL_TYPES).optional(),
});

export const finding = z.object({
  ruleId: z.string(),
  kind: z.enum(RULE_KINDS),
  severity: z.enum(SEVERITIES),
  start: z.number(),
  end: z.number(),
  excerpt: z.string(),
  message: z.string(),
  suggestion: z.string(),
  missing: z.array(z.string()).optional(),
});

export const checkResult = z.object({
  findings: z.array(finding),
  /** No finding of severity error or warning. */
  clean: z.boolean(),
});

/** A pattern must still say something once spacing and punctuation are folded away. */
const pattern = z
  .string()
  .trim()
  .min(1)
  .max(400)
  .refine((p) => p.split("|").every((alt) => foldPhrase(alt).length > 0), "compliance.pattern_empty");

export const ruleCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, "compliance.rule_code_format");

export const rule = z.object({
  id: z.number(),
  code: z.string(),
  kind: z.enum(RULE_KINDS),
  severity: z.enum(SEVERITIES),
  appliesTo: z.array(z.enum(TEXT_KINDS)),
  materialTypes: z.array(z.enum(MATERIAL_TYPES)).nullable(),
  patterns: z.array(z.string()),
  allow: z.array(z.string()),
  mentions: z.array(z.string()),
  negatable: z.boolean(),
  source: z.string(),
  message: z.string(),
  suggestion: z.string(),
  disabled: z.boolean(),
  orgUnitId: z.number(),
  updatedAt: z.string(),
});
export type Rule = z.infer<typeof rule>;

const ruleFields = {
  kind: z.enum(RULE_KINDS),
  severity: z.enum(SEVERITIES),
  appliesTo: z.array(z.enum(TEXT_KINDS)).min(1),
  materialTypes: z.array(z.enum(MATERIAL_TYPES)).nullable(),
  patterns: z.array(pattern).min(1).max(50),
  allow: z.array(pattern).max(50),
  mentions: z.array(pattern).max(50),
  negatable: z.boolean(),
  source: z.string().trim().min(1).max(300),
  message: z.string().trim().min(1).max(500),
  suggestion: z.string().trim().min(1).max(500),
};

export const createRuleBody = z.object({
  code: ruleCode,
  ...ruleFields,
  allow: ruleFields.allow.default([]),
  mentions: ruleFields.mentions.default([]),
  negatable: ruleFields.negatable.default(true),
  materialTypes: ruleFields.materialTypes.default(null),
});

export const updateRuleBody = z
  .object({ ...z.object(ruleFields).partial().shape, disabled: z.boolean().optional() })
  .refine((b) => Object.keys(b).length > 0, "nothing_to_change");

export const listRulesQuery = z.object({
  code: z.string().trim().max(100).optional(),
  kind: z.enum(RULE_KINDS).optional(),
  includeDisabled: z.stringbool().default(false),
  q: z.string().trim().max(60).optional(),
});
