import type { MessageKey } from "../common/messages.ts";

/** A material version waits for review, then is approved (and frozen) or rejected. */
export const MATERIAL_STATUSES = ["pending_review", "approved", "rejected"] as const;
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number];

export const REVIEW_DECISIONS = ["approve", "reject"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export interface VersionState {
  status: MaterialStatus;
  submittedBy: number;
  /** Findings of severity error from the automatic check at submission. */
  errorCount: number;
  /** Whether this is the material's latest version; older ones are history. */
  isCurrent: boolean;
}

export type Refusal = {
  ok: false;
  status: 400 | 403 | 409;
  key: MessageKey;
  field?: string;
  params?: Record<string, string>;
};
export type ReviewOutcome = { ok: true; status: MaterialStatus } | Refusal;

/**
 * Four-eyes review (双人审核) of one version: never by its submitter; only the current, pending version;
 * approval only once the automatic check finds no error; a rejection must say why.
 */
export function reviewTransition(
  version: VersionState,
  decision: ReviewDecision,
  reviewerId: number,
  comment: string | undefined,
): ReviewOutcome {
  if (reviewerId === version.submittedBy) return { ok: false, status: 403, key: "materials.self_review" };
  if (!version.isCurrent || version.status !== "pending_review") {
    return { ok: false, status: 409, key: "materials.not_pending", field: "decision" };
  }
  if (decision === "reject") {
    if (!comment?.trim())
      return { ok: false, status: 400, key: "materials.comment_required", field: "comment" };
    return { ok: true, status: "rejected" };
  }
  if (version.errorCount > 0) {
    return {
      ok: false,
      status: 409,
      key: "materials.has_errors",
      field: "decision",
      params: { count: String(version.errorCount) },
    };
  }
  return { ok: true, status: "approved" };
}
