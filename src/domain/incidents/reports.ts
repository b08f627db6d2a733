import { z } from "zod";
import type { MessageKey } from "../common/messages.ts";
import type { Severity } from "./severity.ts";

/** 初报 initial, 续报 follow-up (any number), 终报 final. */
export const REPORT_STAGES = ["initial", "follow_up", "final"] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

export const REPORT_STAGE_LABELS: Record<ReportStage, { zh: string; en: string }> = {
  initial: { zh: "初报", en: "Initial report" },
  follow_up: { zh: "续报", en: "Follow-up report" },
  final: { zh: "终报", en: "Final report" },
};

/** What every upward report states (DOMAIN.md §3). */
export const REPORT_FIELDS = [
  "place",
  "time",
  "cause",
  "nature",
  "amountInvolved",
  "peopleInvolved",
  "mainHarm",
  "customerReaction",
  "trend",
  "measures",
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

const text = z.string().trim().max(2000);
export const reportFields = z.object(
  Object.fromEntries(REPORT_FIELDS.map((f) => [f, text])) as Record<ReportField, typeof text>,
);
export type ReportFields = z.infer<typeof reportFields>;

export const sendReportBody = z.object({
  stage: z.enum(REPORT_STAGES),
  fields: reportFields.refine(
    (f) => f.place.length > 0 && f.time.length > 0 && f.nature.length > 0,
    "incidents.report_basics",
  ),
});

/**
 * Whether a report of `stage` may be sent after those already sent: the initial report comes first and once;
 * follow-ups come between it and the single final report.
 */
export function stageAllowed(stage: ReportStage, sent: ReportStage[]): MessageKey | null {
  const hasInitial = sent.includes("initial");
  if (sent.includes("final")) return "incidents.report_final_sent";
  if (stage === "initial") return hasInitial ? "incidents.report_initial_sent" : null;
  return hasInitial ? null : "incidents.report_initial_first";
}

/**
 * How many units up the tree an upward report goes, by level: the sub-branch always, the branch too for
 * Ⅰ–Ⅱ (as the report of the event itself does).
 */
export const REPORT_LEVELS_UP: Record<Severity, number> = { I: 2, II: 2, III: 1 };

/** A level Ⅰ or Ⅱ event is closed only after its final report (终报) has gone up. */
export function closeNeedsFinalReport(severity: Severity, sent: ReportStage[]): boolean {
  return severity !== "III" && !sent.includes("final");
}
