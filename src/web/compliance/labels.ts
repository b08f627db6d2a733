import type { MaterialStatus } from "../../domain/compliance/review.ts";

export const STATUS_COLORS: Record<MaterialStatus, string> = {
  pending_review: "processing",
  approved: "success",
  rejected: "error",
};
