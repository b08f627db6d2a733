import { z } from "zod";
import { CATEGORY_CODES, QUESTIONS, type QuestionKey } from "./categories.ts";
import { REPORT_FIELDS, REPORT_STAGES, type ReportField } from "./reports.ts";
import { SEVERITIES } from "./severity.ts";

/**
 * What the incident room's resources answer (reports, photos, response times, drills) and the report page's
 * catalogue: the server's response schemas, and through z.infer the web app's types.
 */

/** A report's fields as stored and drafted; the limits are checked when a report is sent (sendReportBody). */
const reportFieldsShape = z.object(
  Object.fromEntries(REPORT_FIELDS.map((f) => [f, z.string()])) as Record<ReportField, z.ZodString>,
);

export const sentReport = z.object({
  id: z.number(),
  stage: z.enum(REPORT_STAGES),
  stageLabel: z.string(),
  fields: reportFieldsShape,
  sentAt: z.string(),
  sentBy: z.string(),
});

export const incidentReports = z.object({
  initialDueAt: z.string(),
  /** A level Ⅰ or Ⅱ incident cannot close before its final report is sent. */
  finalRequired: z.boolean(),
  sent: z.array(sentReport),
  draft: reportFieldsShape,
});

export const photo = z.object({
  id: z.number(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});

export const photoParams = z.object({
  id: z.coerce.number().int().positive(),
  photoId: z.coerce.number().int().positive(),
});

/** Per outlet and category, drills excluded. */
export const responseTimes = z.object({
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  category: z.enum(CATEGORY_CODES),
  categoryLabel: z.string(),
  count: z.number(),
  avgMinutesToAcknowledge: z.number().nullable(),
  avgMinutesToStabilise: z.number().nullable(),
  avgMinutesToClose: z.number().nullable(),
});

export const responseTimesQuery = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
});

export const drillCalendar = z.object({
  year: z.number(),
  outlets: z.array(
    z.object({
      orgUnitId: z.number(),
      code: z.string(),
      name: z.string(),
      categories: z.array(
        z.object({ category: z.enum(CATEGORY_CODES), label: z.string(), lastDrillAt: z.string().nullable() }),
      ),
      due: z.array(z.enum(CATEGORY_CODES)),
      drills: z.array(
        z.object({
          incidentId: z.number(),
          ref: z.string(),
          category: z.enum(CATEGORY_CODES),
          reportedAt: z.string(),
          evaluationScore: z.number().nullable(),
        }),
      ),
    }),
  ),
});

export const drillsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

const questionKeys = Object.keys(QUESTIONS) as [QuestionKey, ...QuestionKey[]];

/**
 * The report page's categories (those the policy offers) with their quick questions, base severity and the
 * level floors of the answers, so that the page suggests the level the server will set.
 */
export const catalogue = z.object({
  categories: z.array(
    z.object({
      code: z.enum(CATEGORY_CODES),
      label: z.string(),
      scale: z.enum(["group", "individual"]),
      questions: z.array(z.object({ key: z.enum(questionKeys), text: z.string() })),
      baseSeverity: z.enum(SEVERITIES),
      /** The lowest level each "yes" sets, from the playbook in force at the caller's unit. */
      floors: z.partialRecord(
        z.enum(questionKeys),
        z.object({ level: z.enum(SEVERITIES), reason: z.object({ zh: z.string(), en: z.string() }) }),
      ),
    }),
  ),
  severities: z.array(z.object({ code: z.enum(SEVERITIES), label: z.string() })),
});
