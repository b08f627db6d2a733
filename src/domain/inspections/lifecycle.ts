import { lead, refuse, type Transition } from "../common/transition.ts";
import type { InspectionStatus, Outcome, RectificationStatus } from "./vocabulary.ts";

/**
 * The inspection's state machine: a draft takes findings until it is submitted or cancelled; submitted with
 * failed items it waits in "rectifying" until every rectification is closed, else it is closed at once.
 */

/** One checklist line as the submission sees it. */
export interface ResultState {
  position: number;
  outcome: Outcome | null;
  ownerId: number | null;
  dueOn: string | null;
}

/** Findings, photos and the cancellation are only taken while the inspection is a draft. */
export function editTransition(status: InspectionStatus): Transition<InspectionStatus> {
  if (status !== "draft") return refuse(409, "inspections.not_draft", "status");
  return lead(status);
}

export function cancelTransition(status: InspectionStatus): Transition<InspectionStatus> {
  if (status !== "draft") return refuse(409, "inspections.not_draft", "status");
  return lead("cancelled");
}

/**
 * Submission needs every item answered and every failed item given an owner and a due date, which become its
 * rectification task; the field named is the first line at fault (`results.3.outcome`).
 */
export function submitTransition(
  status: InspectionStatus,
  results: readonly ResultState[],
): Transition<InspectionStatus> {
  if (status !== "draft") return refuse(409, "inspections.not_draft", "status");
  for (const r of results) {
    if (r.outcome === null)
      return refuse(400, "inspections.item_unanswered", `results.${r.position}.outcome`);
    if (r.outcome !== "fail") continue;
    if (r.ownerId === null) return refuse(400, "inspections.owner_required", `results.${r.position}.ownerId`);
    if (r.dueOn === null) return refuse(400, "inspections.due_required", `results.${r.position}.dueOn`);
  }
  return lead(results.some((r) => r.outcome === "fail") ? "rectifying" : "closed");
}

/** A rectification is closed with evidence: a note saying what was done and at least one photo of it. */
export function closeRectificationTransition(
  rectification: { status: RectificationStatus; photoCount: number },
  note: string,
): Transition<RectificationStatus> {
  if (rectification.status !== "open") return refuse(409, "inspections.rectification_closed", "status");
  if (!note.trim()) return refuse(400, "inspections.evidence_note_required", "note");
  if (rectification.photoCount === 0) return refuse(400, "inspections.evidence_photo_required", "photos");
  return lead("closed");
}

/** Evidence photos are added while the rectification is open. */
export function evidenceTransition(status: RectificationStatus): Transition<RectificationStatus> {
  if (status !== "open") return refuse(409, "inspections.rectification_closed", "status");
  return lead(status);
}

/** The inspection closes with its last open rectification. */
export function afterRectificationClosed(status: InspectionStatus, stillOpen: number): InspectionStatus {
  return status === "rectifying" && stillOpen === 0 ? "closed" : status;
}
