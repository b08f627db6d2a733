import type { InspectionStatus, Outcome } from "../../domain/inspections/vocabulary.ts";

export const STATUS_COLORS: Record<InspectionStatus, string> = {
  draft: "processing",
  rectifying: "warning",
  closed: "success",
  cancelled: "default",
};

export const OUTCOME_COLORS: Record<Outcome, string> = { pass: "success", fail: "error", na: "default" };
