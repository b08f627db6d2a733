import { lead, type Refusal, refuse, type Transition } from "../common/transition.ts";

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

/** Whether this reviewer may decide this version at all: never its submitter, only the current pending one. */
export function reviewRefusal(version: VersionState, reviewerId: number): Refusal | null {
  if (reviewerId === version.submittedBy) return refuse(403, "materials.self_review").refusal;
  if (!version.isCurrent || version.status !== "pending_review") {
    return refuse(409, "materials.not_pending", "decision").refusal;
  }
  return null;
}

/**
 * Four-eyes review (双人审核) of one version (see `reviewRefusal`); approval only once the automatic check
 * finds no error; a rejection must say why.
 */
export function reviewTransition(
  version: VersionState,
  decision: ReviewDecision,
  reviewerId: number,
  comment: string | undefined,
): Transition<MaterialStatus> {
  const refusal = reviewRefusal(version, reviewerId);
  if (refusal) return { ok: false, refusal };
  if (decision === "reject") {
    if (!comment?.trim()) return refuse(400, "materials.comment_required", "comment");
    return lead("rejected");
  }
  if (version.errorCount > 0) {
    return refuse(409, "materials.has_errors", "decision", { count: String(version.errorCount) });
  }
  return lead("approved");
}
