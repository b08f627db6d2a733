import { lead, refuse, type Transition } from "../common/transition.ts";
import type { PlanDecision, PlanStatus } from "./vocabulary.ts";

/**
 * The annual education plan: the outlet edits it as a draft (or after it was returned), submits it, and a
 * person at the sub-branch other than its submitter approves it or returns it with a comment. An approved
 * plan is the year's target; changing it means a new submission.
 */

export function editTransition(status: PlanStatus): Transition<PlanStatus> {
  if (status === "submitted") return refuse(409, "campaigns.plan_submitted", "status");
  // An edit of an approved plan sends it back to draft: its targets count again only once approved anew.
  return lead("draft");
}

export function submitTransition(status: PlanStatus, monthCount: number): Transition<PlanStatus> {
  if (status !== "draft" && status !== "returned") return refuse(409, "campaigns.plan_not_draft", "status");
  if (monthCount === 0) return refuse(400, "campaigns.plan_empty", "months");
  return lead("submitted");
}

export function decideTransition(
  plan: { status: PlanStatus; submittedBy: number | null },
  deciderId: number,
  decision: PlanDecision,
  comment: string | undefined,
): Transition<PlanStatus> {
  if (plan.status !== "submitted") return refuse(409, "campaigns.plan_not_submitted", "decision");
  if (plan.submittedBy === deciderId) return refuse(403, "campaigns.self_approval");
  if (decision === "return") {
    if (!comment?.trim()) return refuse(400, "campaigns.comment_required", "comment");
    return lead("returned");
  }
  return lead("approved");
}
