import { z } from "zod";
import { checkIdDocument, describedText, ID_TYPES, idDocumentFields } from "../common/plausibility.ts";
import { recordRef } from "../links/schema.ts";
import { AXES } from "./classification.ts";
import { COMPLAINT_ACTIONS, COMPLAINT_STATUSES } from "./lifecycle.ts";
import {
  COMPLAINANT_KINDS,
  DISC_STYLES,
  GRADES,
  MAX_REPRESENTATIVES,
  NOTICE_CHANNELS,
  NOTICE_PURPOSES,
  OUTCOMES,
  PAUSE_REASONS,
  PSYCHOLOGIES,
  REMEDIES,
  SATISFACTIONS,
  SENSITIVE_TAGS,
  SOURCES,
} from "./vocabulary.ts";

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const phone = z
  .string()
  .trim()
  .max(30)
  .regex(/^[0-9 +\-()]*$/, "format.phone")
  .optional();
const instant = z.iso.datetime({ offset: true });

const person = z.object({ name: describedText(60), phone });

export const complainantInput = z
  .object({
    kind: z.enum(COMPLAINANT_KINDS).default("person"),
    name: describedText(100),
    phone,
    ...idDocumentFields,
    // Organisations (§13): address, unified credit code, legal representative.
    address: optionalText(200),
    creditCode: optionalText(40),
    legalRepresentative: optionalText(60),
    agent: z.object({ name: describedText(60), phone, powerOfAttorney: z.boolean() }).optional(),
  })
  .superRefine(checkIdDocument);

export const createComplaintBody = z.object({
  orgUnitId: z.number().int().positive().optional(),
  channel: text(60),
  source: z.enum(SOURCES).default("customer"),
  /** Not in the future nor older than the horizon: checked against the server's clock (plausibility.ts). */
  receivedAt: instant,
  summary: describedText(200),
  facts: optionalText(4000),
  request: describedText(1000),
  complainant: complainantInput,
  representatives: z.array(person).max(MAX_REPRESENTATIVES).optional(),
  groupSize: z.number().int().min(1).max(100_000).optional(),
  inPerson: z.boolean().optional(),
  subjectInstitution: optionalText(100),
  subjectStaffUserId: z.number().int().positive().optional(),
  subjectStaffName: optionalText(60),
  amountClaimed: z.number().min(0).max(1e12).optional(),
  businessCategory: text(60),
  cause: text(60),
  grade: z.enum(GRADES).default("ordinary"),
  sensitiveTags: z.array(z.enum(SENSITIVE_TAGS)).max(SENSITIVE_TAGS.length).default([]),
  psychology: z.enum(PSYCHOLOGIES).optional(),
  disc: z.enum(DISC_STYLES).optional(),
  handlerId: z.number().int().positive().optional(),
  /** The record this complaint is registered from (an on-site conflict, a counter complaint). */
  linkFrom: recordRef.optional(),
});
export type CreateComplaintBody = z.infer<typeof createComplaintBody>;

const categoryRef = z.object({ code: z.string(), label: z.string(), path: z.array(z.string()) });

export const clock = z.object({
  state: z.enum(["running", "paused", "stopped"]),
  dueDate: z.string().nullable(),
  daysLeft: z.number().nullable(),
  remainingDays: z.number().nullable(),
  pausedDays: z.number(),
});

export const complaintSummary = z.object({
  id: z.number(),
  ref: z.string(),
  kind: z.enum(["complaint", "review"]),
  status: z.enum(COMPLAINT_STATUSES),
  orgUnitId: z.number(),
  orgUnitCode: z.string(),
  orgUnitName: z.string(),
  channel: categoryRef,
  businessCategory: categoryRef,
  cause: categoryRef,
  source: z.enum(SOURCES),
  grade: z.enum(GRADES),
  sensitiveTags: z.array(z.enum(SENSITIVE_TAGS)),
  summary: z.string(),
  receivedAt: z.string(),
  /** Masked in every list and answer; the full values come only from the personal-data endpoint. */
  complainantName: z.string(),
  complainantPhone: z.string().nullable(),
  handler: z.object({ id: z.number(), displayName: z.string() }).nullable(),
  extensionLevel: z.number(),
  decisionDueAt: z.string().nullable(),
  forwardDueAt: z.string().nullable(),
  breached: z.boolean(),
  repeat: z.boolean(),
  groupSize: z.number().nullable(),
});
export type ComplaintSummary = z.infer<typeof complaintSummary>;

export const extension = z.object({
  id: z.number(),
  level: z.number(),
  reason: z.string(),
  status: z.enum(["pending", "approved", "rejected"]),
  requestedById: z.number(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** The approver's comment: why it was refused, or what the approval asks. */
  note: z.string().nullable(),
  /** Whether the reader may approve or refuse it now (complaints/policy.ts). */
  mayDecide: z.boolean(),
});

export const pause = z.object({
  id: z.number(),
  reason: z.enum(PAUSE_REASONS),
  note: z.string().nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
});

export const notice = z.object({
  id: z.number(),
  purpose: z.enum(NOTICE_PURPOSES),
  channel: z.enum(NOTICE_CHANNELS),
  at: z.string(),
  note: z.string().nullable(),
  recordedBy: z.string(),
});

export const decision = z.object({
  findings: z.string(),
  basis: z.string(),
  outcome: z.enum(OUTCOMES),
  compensation: z.number().nullable(),
  remedies: z.array(z.enum(REMEDIES)),
  decidedAt: z.string(),
  decidedBy: z.string(),
});

export const complaint = complaintSummary.extend({
  facts: z.string().nullable(),
  request: z.string(),
  complainant: z.object({
    kind: z.enum(COMPLAINANT_KINDS),
    name: z.string(),
    phone: z.string().nullable(),
    idType: z.enum(ID_TYPES).nullable(),
    idNumber: z.string().nullable(),
    masked: z.boolean(),
  }),
  representatives: z.array(z.object({ name: z.string(), phone: z.string().nullable() })),
  subjectInstitution: z.string().nullable(),
  subjectStaffName: z.string().nullable(),
  amountClaimed: z.number().nullable(),
  psychology: z.enum(PSYCHOLOGIES).nullable(),
  disc: z.enum(DISC_STYLES).nullable(),
  clock,
  clockStartedAt: z.string(),
  extensions: z.array(extension),
  pauses: z.array(pause),
  notices: z.array(notice),
  decision: decision.nullable(),
  closing: z
    .object({
      rootCause: z.string(),
      rectification: z.string(),
      satisfaction: z.string(),
      publishAsCase: z.boolean(),
    })
    .nullable(),
  reviewOf: z.object({ id: z.number(), ref: z.string() }).nullable(),
  reviews: z.array(z.object({ id: z.number(), ref: z.string() })),
  mergedInto: z.object({ id: z.number(), ref: z.string() }).nullable(),
  /** The open complaint this one repeats (same complainant, same matter), offered for merging (§18¶3). */
  repeatOf: z.object({ id: z.number(), ref: z.string() }).nullable(),
  allowedActions: z.array(z.enum(COMPLAINT_ACTIONS)),
});
export type Complaint = z.infer<typeof complaint>;

/** What registration answers: the record, repeats it may merge with, and the emergency suggestion (§29). */
export const createdComplaint = complaint.extend({
  repeatCandidates: z.array(z.object({ id: z.number(), ref: z.string(), summary: z.string() })),
  suggestServiceEmergency: z.boolean(),
});

export const personalData = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  idType: z.enum(ID_TYPES).nullable(),
  idNumber: z.string().nullable(),
  address: z.string().nullable(),
  creditCode: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  agent: z
    .object({ name: z.string(), phone: z.string().nullable().optional(), powerOfAttorney: z.boolean() })
    .nullable(),
  representatives: z.array(z.object({ name: z.string(), phone: z.string().nullable().optional() })),
});

export const listComplaintsQuery = z.object({
  status: z.enum(COMPLAINT_STATUSES).optional(),
  orgUnitId: z.coerce.number().int().positive().optional(),
  channel: z.string().trim().max(20).optional(),
  businessCategory: z.string().trim().max(20).optional(),
  cause: z.string().trim().max(20).optional(),
  grade: z.enum(GRADES).optional(),
  breached: z.enum(["true", "false"]).optional(),
  handlerId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(60).optional(),
  receivedFrom: instant.optional(),
  receivedTo: instant.optional(),
});

export const assignBody = z.object({ handlerId: z.number().int().positive() });
export const extensionBody = z.object({
  reason: describedText(1000),
  level: z.union([z.literal(1), z.literal(2)]),
});
/** An approval may carry a comment; a refusal must say why, for the requester reads it on the complaint page. */
export const extensionApprovalBody = z.object({ note: optionalText(1000) });
export const extensionRefusalBody = z.object({ note: describedText(1000) });
export const extensionParams = z.object({
  id: z.coerce.number().int().positive(),
  extensionId: z.coerce.number().int().positive(),
});
export const pauseBody = z.object({ reason: z.enum(PAUSE_REASONS), note: optionalText(1000) });
export const pauseParams = z.object({
  id: z.coerce.number().int().positive(),
  pauseId: z.coerce.number().int().positive(),
});
export const restartBody = z.object({ reason: describedText(1000) });
export const withdrawBody = z.object({ reason: optionalText(1000) });
export const mergeBody = z.object({ intoId: z.number().int().positive() });
export const decisionBody = z.object({
  findings: describedText(4000),
  basis: describedText(4000),
  outcome: z.enum(OUTCOMES),
  compensation: z.number().min(0).max(1e12).optional(),
  remedies: z.array(z.enum(REMEDIES)).min(1).default(["review", "mediation", "arbitration", "litigation"]),
});
export const noticeBody = z.object({
  purpose: z.enum(NOTICE_PURPOSES),
  channel: z.enum(NOTICE_CHANNELS),
  at: instant,
  note: optionalText(500),
});
export const closeBody = z.object({
  rootCause: describedText(2000),
  rectification: describedText(2000),
  satisfaction: z.enum(SATISFACTIONS),
  publishAsCase: z.boolean().default(false),
});
export const reviewRequestBody = z.object({ receivedAt: instant, reason: describedText(2000) });
export const axisParams = z.object({ axis: z.enum(AXES) });
