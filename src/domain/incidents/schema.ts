import { z } from "zod";
import { ROLES } from "../auth/roles.ts";
import { describedText } from "../common/plausibility.ts";
import { recordRef } from "../links/schema.ts";
import { CATEGORY_CODES, QUESTIONS, type QuestionKey } from "./categories.ts";
import { STATUSES, TRANSITION_ACTIONS } from "./lifecycle.ts";
import { STEP_KEYS } from "./playbook.ts";
import { SEVERITIES } from "./severity.ts";

const questionKeys = Object.keys(QUESTIONS) as [QuestionKey, ...QuestionKey[]];

export const reportIncidentBody = z.object({
  category: z.enum(CATEGORY_CODES),
  summary: describedText(200),
  orgUnitId: z.number().int().positive().optional(),
  answers: z.partialRecord(z.enum(questionKeys), z.boolean()).optional(),
  severity: z.enum(SEVERITIES).optional(),
  drill: z.boolean().optional(),
  /** The record this incident is opened from (a large complaint in person, a counter system failure). */
  linkFrom: recordRef.optional(),
});

export const task = z.object({
  id: z.number(),
  role: z.enum(ROLES),
  text: z.string(),
  done: z.boolean(),
  doneBy: z.string().nullable(),
  /** The person the commander handed it to, if any. */
  assignedTo: z.object({ id: z.number(), name: z.string() }).nullable(),
  note: z.string().nullable(),
});

export const playbook = z.object({
  steps: z.array(z.object({ key: z.enum(STEP_KEYS), title: z.string(), tasks: z.array(task) })),
  principles: z.array(z.object({ key: z.string(), text: z.string() })),
});

export const incidentSummary = z.object({
  id: z.number(),
  ref: z.string(),
  category: z.enum(CATEGORY_CODES),
  categoryLabel: z.string(),
  summary: z.string(),
  status: z.enum(STATUSES),
  severity: z.enum(SEVERITIES),
  drill: z.boolean(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  reportedAt: z.string(),
  reportedBy: z.string(),
  ackDueAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  escalationLevel: z.number(),
  overdue: z.boolean(),
});

export const incident = incidentSummary.extend({
  severityReason: z.string(),
  answers: z.record(z.string(), z.boolean()),
  stabilisedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  playbook,
  /** The other outlets the event covers (a typhoon closing several outlets), besides the reporting unit. */
  outlets: z.array(z.object({ id: z.number(), name: z.string() })),
  contacts: z.array(z.object({ kind: z.string(), label: z.string(), phone: z.string().nullable() })),
  calming: z.array(z.string()),
  /** A category the answers say fits better (a knife in a complaint: staff safety); the room offers it. */
  betterCategory: z.enum(CATEGORY_CODES).nullable(),
  /** May the reader command: complete or hand over anyone's task, change the category. */
  roles: z.array(z.object({ role: z.string(), userId: z.number(), displayName: z.string() })),
  review: z
    .object({
      cause: z.string(),
      helped: z.string(),
      wentWrong: z.string(),
      changes: z.string(),
      publish: z.boolean(),
    })
    .nullable(),
  allowedActions: z.array(z.enum(TRANSITION_ACTIONS)),
  /** What the viewer may do besides the offered steps, by the incident policy (`roomPermissions`). */
  may: z.object({ work: z.boolean(), command: z.boolean(), close: z.boolean() }),
});
export type Incident = z.infer<typeof incident>;

export const listIncidentsQuery = z.object({
  status: z.enum(STATUSES).optional(),
  category: z.enum(CATEGORY_CODES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  orgUnitId: z.coerce.number().int().positive().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  drill: z.enum(["true", "false"]).optional(),
});

export const transitionBody = z.object({
  action: z.enum(TRANSITION_ACTIONS),
  note: z.string().trim().max(500).optional(),
});

export const severityBody = z.object({
  severity: z.enum(SEVERITIES),
  reason: describedText(300).min(2),
});

/** Quick answers given or corrected while the incident runs; at least one. */
export const answerQuestionsBody = z.object({
  answers: z
    .partialRecord(z.enum(questionKeys), z.boolean())
    .refine((a) => Object.keys(a).length > 0, "at least one answer"),
});

export const changeCategoryBody = z.object({
  category: z.enum(CATEGORY_CODES),
  reason: describedText(300).min(2),
});

/** The commander (or the person it was handed to) completing a task, with what was done. */
export const completeTaskBody = z.object({ note: z.string().trim().max(500).optional() });

export const handOverTaskBody = z.object({ userId: z.number().int().positive() });

/** Another outlet of the caller's subtree that the event covers. */
export const addOutletBody = z.object({ orgUnitId: z.number().int().positive() });

export const noteBody = z.object({ text: describedText(2000) });

/** Roles people take in one incident, apart from their job role. */
export const INCIDENT_ROLES = ["commander", "on_scene", "communications"] as const;
export type IncidentRole = (typeof INCIDENT_ROLES)[number];
export const INCIDENT_ROLE_LABELS: Record<IncidentRole, { zh: string; en: string }> = {
  commander: { zh: "现场指挥", en: "commander" },
  on_scene: { zh: "现场大堂负责人", en: "lobby lead on scene" },
  communications: { zh: "对外沟通", en: "communications" },
};
export const assignRoleBody = z.object({ role: z.enum(INCIDENT_ROLES), userId: z.number().int().positive() });

export const reviewBody = z.object({
  cause: describedText(2000).min(2),
  helped: z.string().trim().max(2000).default(""),
  wentWrong: z.string().trim().max(2000).default(""),
  changes: z.string().trim().max(2000).default(""),
  publish: z.boolean().default(false),
});

export const timelineEntry = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string().nullable(),
  kind: z.string(),
  text: z.string(),
});
