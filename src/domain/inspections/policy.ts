import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { refuse, type Transition } from "../common/transition.ts";
import {
  cancelTransition,
  closeRectificationTransition,
  editTransition,
  evidenceTransition,
  type ResultState,
  submitTransition,
} from "./lifecycle.ts";
import type { InspectionStatus, RectificationStatus } from "./vocabulary.ts";

/**
 * What a user may do to an inspection or a rectification in its state: the permission table and the state
 * machine together. The routes' commands and the `allowedActions` the server sends both ask here.
 */

export interface Actor {
  id: number;
  role: Role;
  orgUnitId: number;
}

export const INSPECTION_ACTIONS = ["record", "submit", "cancel"] as const;
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number];

export const RECTIFICATION_ACTIONS = ["add_evidence", "close"] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

/** Inspections are run by the sub-branch (or above), never by the outlet inspected. */
export function decideInspection(
  actor: Actor,
  action: InspectionAction,
  status: InspectionStatus,
  results: readonly ResultState[] = [],
): Transition<InspectionStatus> {
  if (!can(actor.role, "inspections.conduct")) return refuse(403, "forbidden");
  if (action === "submit") return submitTransition(status, results);
  if (action === "cancel") return cancelTransition(status);
  return editTransition(status);
}

/** Recording, submitting and cancelling all need a draft; what a submission lacks is said when it is tried. */
export function inspectionActions(actor: Actor, status: InspectionStatus): InspectionAction[] {
  return decideInspection(actor, "record", status).ok ? [...INSPECTION_ACTIONS] : [];
}

export interface RectificationState {
  status: RectificationStatus;
  ownerId: number;
  orgUnitId: number;
  photoCount: number;
}

/** Its owner, the head of its outlet, or whoever runs inspections above the outlet works a rectification. */
function mayWork(actor: Actor, r: RectificationState): boolean {
  if (!can(actor.role, "inspections.rectify")) return false;
  if (actor.id === r.ownerId || can(actor.role, "inspections.conduct")) return true;
  return actor.role === "outlet_head" && actor.orgUnitId === r.orgUnitId;
}

export function decideRectification(
  actor: Actor,
  action: RectificationAction,
  r: RectificationState,
  note = "",
): Transition<RectificationStatus> {
  if (!mayWork(actor, r)) return refuse(403, "inspections.not_owner");
  if (action === "close") return closeRectificationTransition(r, note);
  return evidenceTransition(r.status);
}

export function rectificationActions(actor: Actor, r: RectificationState): RectificationAction[] {
  if (!mayWork(actor, r) || r.status !== "open") return [];
  return [...RECTIFICATION_ACTIONS];
}
