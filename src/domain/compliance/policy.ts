import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { refuse, type Transition } from "../common/transition.ts";
import type { Material, MaterialVersion } from "./materials-schema.ts";
import {
  type MaterialStatus,
  type ReviewDecision,
  reviewRefusal,
  reviewTransition,
  type VersionState,
} from "./review.ts";

/**
 * What a user may do to a marketing material in its state: the permission table and the four-eyes review
 * together. The review command and the material page both ask here; the page has the material and the
 * signed-in user, so it asks this shared function rather than the server.
 */

/** The review's view of one version of a material. */
export function versionState(material: Material, version: MaterialVersion): VersionState {
  return {
    status: version.status,
    submittedBy: version.submittedBy.id,
    errorCount: version.errorCount,
    isCurrent: version.version === material.currentVersion,
  };
}

/** Whether the reviewer may decide this version so, and where it leads. */
export function decideReview(
  reviewer: { id: number; role: Role },
  version: VersionState,
  decision: ReviewDecision,
  comment: string | undefined,
): Transition<MaterialStatus> {
  if (!can(reviewer.role, "materials.review")) return refuse(403, "forbidden");
  return reviewTransition(version, decision, reviewer.id, comment);
}

/** Whether the material page offers this reviewer the review buttons for the version. */
export function mayReview(reviewer: { id: number; role: Role }, version: VersionState): boolean {
  return can(reviewer.role, "materials.review") && reviewRefusal(version, reviewer.id) === null;
}
