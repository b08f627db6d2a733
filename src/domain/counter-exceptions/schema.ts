import { z } from "zod";
import { ROLES } from "../auth/roles.ts";
import { checkIdDocument, describedText, ID_TYPES, idDocumentFields } from "../common/plausibility.ts";
import { linkedRecord } from "../links/schema.ts";
import {
  CORRECTIVE_ACTIONS,
  DEPARTMENTS,
  LEGAL_INVOLVEMENTS,
  STATUSES,
  STEPS,
  VERIFY_OUTCOMES,
} from "./vocabulary.ts";

/** The API contract of counter exceptions (柜面异常). Custom messages are keys of common/messages.ts. */

export const typeCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, "format.type_code");

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const futureIso = z.iso.datetime({ offset: true });

/** Yuan with at most two decimals; a string, a negative or NaN is refused naming the field. */
export const amount = z
  .number("counter_exceptions.amount")
  .nonnegative("counter_exceptions.amount")
  .max(1e12, "counter_exceptions.amount")
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "counter_exceptions.amount");

export const customerInput = z
  .object({
    name: optionalText(60),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+\-() ]{0,30}$/, "format.phone")
      .optional(),
    ...idDocumentFields,
    accountNo: z
      .string()
      .trim()
      .regex(/^[0-9 ]{0,40}$/, "format.account_no")
      .optional(),
  })
  .strict()
  .superRefine(checkIdDocument);

export const reportBody = z.object({
  type: typeCode,
  description: describedText(2000),
  amount: amount.optional(),
  transactionRef: optionalText(60),
  customer: customerInput.optional(),
  immediateAction: optionalText(1000),
});
export type ReportBody = z.infer<typeof reportBody>;

export const consultation = z.object({ department: z.enum(DEPARTMENTS), answer: describedText(1000) });

export const verifyBody = z
  .object({
    outcome: z.enum(VERIFY_OUTCOMES),
    findings: describedText(2000),
    /** Confirmed, but as another type than the teller chose. */
    correctedType: typeCode.optional(),
    consultations: z.array(consultation).max(5).optional(),
  })
  .refine((b) => b.outcome === "confirmed" || b.correctedType === undefined, {
    message: "counter_exceptions.correct_type_only_when_confirmed",
    path: ["correctedType"],
  });
export type VerifyBody = z.infer<typeof verifyBody>;

export const handleBody = z.object({
  actions: z.array(z.enum(CORRECTIVE_ACTIONS)).min(1).max(CORRECTIVE_ACTIONS.length),
  detail: describedText(2000),
  /** Who took the corrective action, when not the person recording it; a user of the same outlet. */
  handledById: z.number().int().positive().optional(),
  followUpDueAt: futureIso,
});
export type HandleBody = z.infer<typeof handleBody>;

export const followUpBody = z
  .object({
    note: describedText(2000),
    /** Closing needs this explicit confirmation that the problem is fully solved. */
    fullyResolved: z.boolean(),
    nextDueAt: futureIso.optional(),
    /** Asked at closing (seed 003: lessons come from causes): why it happened, what stops it again. */
    rootCause: describedText(2000).optional(),
    prevention: describedText(2000).optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.fullyResolved) return;
    for (const field of ["rootCause", "prevention"] as const) {
      if (b[field] === undefined)
        ctx.addIssue({ code: "custom", message: "counter_exceptions.closing_required", path: [field] });
    }
  });
export type FollowUpBody = z.infer<typeof followUpBody>;

export const complaintLinkBody = z.object({
  complaintRef: z
    .string()
    .trim()
    .regex(/^CMP-\d{8}-\d{4,}$/, "format.complaint_ref"),
});

const dateOnly = z.iso.date();

/** A document of the legal track: its title, a number or reference, and its date. */
export const legalDocument = z.object({
  title: text(100),
  reference: optionalText(100),
  date: dateOnly.optional(),
});

export const legalBody = z
  .object({
    involvement: z.enum(LEGAL_INVOLVEMENTS),
    /** When the lawyer was engaged or the case filed; not in the future (checked against the server clock). */
    since: dateOnly,
    /** The law firm or court, and its case number. */
    counterpart: text(100),
    caseNo: optionalText(60),
    hearingOn: dateOnly.optional(),
    endedOn: dateOnly.optional(),
    documents: z.array(legalDocument).max(20).default([]),
    note: optionalText(2000),
  })
  .superRefine((b, ctx) => {
    for (const field of ["hearingOn", "endedOn"] as const) {
      const day = b[field];
      if (day !== undefined && day < b.since)
        ctx.addIssue({ code: "custom", message: "counter_exceptions.legal_dates", path: [field] });
    }
  });
export type LegalBody = z.infer<typeof legalBody>;
export const legalTrack = legalBody.safeExtend({
  recordedBy: z.object({ id: z.number(), name: z.string() }),
  at: z.string(),
});
export type LegalTrack = z.infer<typeof legalTrack>;

export const listQuery = z.object({
  type: typeCode.optional(),
  status: z.enum(STATUSES).optional(),
  orgUnitId: z.coerce.number().int().positive().optional(),
  reportedById: z.coerce.number().int().positive().optional(),
  /** Local calendar days, inclusive. */
  from: dateOnly.optional(),
  to: dateOnly.optional(),
  overdue: z.enum(["true", "false"]).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

const person = z.object({ id: z.number(), name: z.string() });
const customer = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
  idType: z.enum(ID_TYPES).nullable(),
  idNumber: z.string().nullable(),
  accountNo: z.string().nullable(),
});

export const listItem = z.object({
  id: z.number(),
  ref: z.string(),
  status: z.enum(STATUSES),
  type: z.string(),
  typeLabel: z.string(),
  orgUnitId: z.number(),
  orgUnitCode: z.string(),
  orgUnitName: z.string(),
  description: z.string(),
  amount: z.string().nullable(),
  transactionRef: z.string().nullable(),
  customer: customer.nullable(),
  reportedBy: person,
  reportedAt: z.string(),
  followUpDueAt: z.string().nullable(),
  overdue: z.boolean(),
  /** Occurrences of this type at this outlet in the 30 days up to this one, itself included. */
  patternCount: z.number(),
  complaintRef: z.string().nullable(),
});
export type ListItem = z.infer<typeof listItem>;

export const typeGuidance = z.object({
  steps: z.record(z.enum(STEPS), z.string()),
  prevention: z.string(),
});

export const guidanceList = z.object({
  items: z.array(z.object({ type: z.string(), guidance: typeGuidance })),
});

export const timelineEntry = z.object({
  step: z.enum([...STEPS, "close", "link_complaint", "escalate", "legal", "tech_alert"]),
  actor: person.nullable(),
  at: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const detail = listItem.extend({
  immediateAction: z.string().nullable(),
  customerRevealed: z.boolean(),
  verification: z
    .object({
      outcome: z.enum(VERIFY_OUTCOMES),
      findings: z.string(),
      originalType: z.string().nullable(),
      consultations: z.array(consultation),
      by: person,
      at: z.string(),
    })
    .nullable(),
  handling: z
    .object({
      actions: z.array(z.enum(CORRECTIVE_ACTIONS)),
      detail: z.string(),
      handledBy: person,
      recordedBy: person,
      at: z.string(),
    })
    .nullable(),
  closedAt: z.string().nullable(),
  verifyDueAt: z.string().nullable(),
  handleDueAt: z.string().nullable(),
  /** When a missed verification or handling was taken to the sub-branch. */
  escalatedAt: z.string().nullable(),
  closing: z.object({ rootCause: z.string(), prevention: z.string() }).nullable(),
  legal: legalTrack.nullable(),
  /** What to do at each step and how to prevent it, for this type (guidance.ts). */
  guidance: typeGuidance,
  /** For a system failure: the nearest tech-support number up the tree, to call for the repair. */
  techSupportPhone: z.string().nullable(),
  /** Records linked to this one that the caller may open (incidents, complaints). */
  links: z.array(linkedRecord),
  timeline: z.array(timelineEntry),
  /** What the caller may do next, so the web shows only the buttons the server would accept. */
  allowed: z.object({
    verify: z.boolean(),
    handle: z.boolean(),
    followUp: z.boolean(),
    revealCustomer: z.boolean(),
    linkComplaint: z.boolean(),
    legal: z.boolean(),
    makeCase: z.boolean(),
  }),
});
export type Detail = z.infer<typeof detail>;

export const reportAnswer = z.object({ id: z.number(), ref: z.string(), status: z.enum(STATUSES) });

export const stats = z.object({
  byType: z.array(z.object({ type: z.string(), typeLabel: z.string(), count: z.number() })),
  byOutlet: z.array(
    z.object({ orgUnitId: z.number(), orgUnitCode: z.string(), orgUnitName: z.string(), count: z.number() }),
  ),
  /** Same type at the same outlet at least twice in the last 30 days. */
  patterns: z.array(
    z.object({
      orgUnitId: z.number(),
      orgUnitName: z.string(),
      type: z.string(),
      typeLabel: z.string(),
      count: z.number(),
      lastAt: z.string(),
    }),
  ),
});

export const statsQuery = listQuery.pick({ orgUnitId: true, from: true, to: true });

export const exceptionType = z.object({
  code: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  sortOrder: z.number(),
  disabled: z.boolean(),
});
export type ExceptionType = z.infer<typeof exceptionType>;

export const createTypeBody = z.object({
  code: typeCode,
  labelZh: text(40),
  labelEn: text(80),
  sortOrder: z.number().int().min(0).max(1000).optional(),
});

export const updateTypeBody = z
  .object({
    labelZh: text(40).optional(),
    labelEn: text(80).optional(),
    sortOrder: z.number().int().min(0).max(1000).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, "nothing_to_change");

export const verifierGrant = z.object({
  id: z.number(),
  role: z.enum(ROLES),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  createdAt: z.string(),
});

export const createVerifierGrantBody = z.object({
  role: z.enum(ROLES),
  orgUnitId: z.number().int().positive(),
});

/** The due times of verification and handling, in working days (see deadlines.ts). */
export const deadlinePolicy = z.object({
  verifyWorkingDays: z.number().int().min(0).max(5),
  handleWorkingDays: z.number().int().min(1).max(30),
});
