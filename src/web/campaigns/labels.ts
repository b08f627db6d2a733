import type { PlanStatus } from "../../domain/campaigns/vocabulary.ts";

export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = {
  draft: "default",
  submitted: "processing",
  approved: "success",
  returned: "warning",
};
