import { type Action, can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { type Refusal, refuse, type Transition } from "../common/transition.ts";
import { type Approver, type ExtensionStatus, extensionApprovalRefusal } from "./extensions.ts";
import {
  COMPLAINT_ACTIONS,
  type ComplaintAction,
  type ComplaintState,
  type ComplaintStatus,
  transition,
} from "./lifecycle.ts";

/** The permissions that allow each action; any one of them will do. */
const PERMITTED_BY: Record<ComplaintAction, readonly Action[]> = {
  assign: ["complaints.handle"],
  pause: ["complaints.handle"],
  resume: ["complaints.handle"],
  restart: ["complaints.handle"],
  request_extension: ["complaints.extend_request"],
  // Which of the two the request needs depends on its level: see `mayDecideExtension`.
  decide_extension: ["complaints.extend_approve_first", "complaints.extend_approve_second"],
  decide: ["complaints.handle"],
  record_notice: ["complaints.handle"],
  withdraw: ["complaints.handle"],
  merge: ["complaints.handle"],
  close: ["complaints.handle"],
  request_review: ["complaints.handle"],
};

/** Whether the role may take the action on some complaint: the route's guard, before any record is read. */
export function permits(role: Role, action: ComplaintAction): boolean {
  return PERMITTED_BY[action].some((a) => can(role, a));
}

/** Whether the role may take the action on a complaint in this state, and where it leads. */
export function decide(
  role: Role,
  state: ComplaintState,
  action: ComplaintAction,
): Transition<ComplaintStatus> {
  if (!permits(role, action)) return refuse(403, "forbidden");
  return transition(state, action);
}

/** The actions the complaint page offers: those `decide` lets through now. */
export function allowedActions(role: Role, state: ComplaintState): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter((a) => decide(role, state, a).ok);
}

/**
 * Whether the approver may approve or refuse this extension of a complaint handled at `handlingPath`: the
 * permission its level takes, then four eyes and the approver's unit (extensions.ts). Null when they may.
 */
export function extensionDecisionRefusal(
  approver: Approver,
  ext: { level: 1 | 2; requestedBy: number; status: ExtensionStatus },
  handlingPath: string,
): Refusal | null {
  const needs = ext.level === 1 ? "complaints.extend_approve_first" : "complaints.extend_approve_second";
  if (!can(approver.role, needs)) return refuse(403, "forbidden").refusal;
  const key = extensionApprovalRefusal(ext, handlingPath, approver);
  if (key === null) return null;
  return refuse(key === "complaints.extension_decided" ? 409 : 403, key).refusal;
}
