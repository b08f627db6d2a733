import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { refuse, type Transition } from "../common/transition.ts";
import { decideTransition, editTransition, submitTransition } from "./lifecycle.ts";
import type { PlanDecision, PlanStatus } from "./vocabulary.ts";

/**
 * What a user may do to an outlet's education plan in its state: the permission table and the plan's state
 * machine together; the commands and the `allowedActions` the server sends both ask here.
 */

export interface Actor {
  id: number;
  role: Role;
}

export const PLAN_ACTIONS = ["edit", "submit", "approve", "return"] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export interface PlanState {
  status: PlanStatus;
  submittedBy: number | null;
  monthCount: number;
}

export function decidePlan(
  actor: Actor,
  action: PlanAction,
  plan: PlanState,
  comment?: string,
): Transition<PlanStatus> {
  if (action === "edit" || action === "submit") {
    if (!can(actor.role, "campaigns.plan")) return refuse(403, "forbidden");
    return action === "edit" ? editTransition(plan.status) : submitTransition(plan.status, plan.monthCount);
  }
  if (!can(actor.role, "campaigns.approve")) return refuse(403, "forbidden");
  const decision: PlanDecision = action === "approve" ? "approve" : "return";
  return decideTransition(plan, actor.id, decision, comment);
}

/**
 * The buttons the plan's page offers. What the input lacks (a return's comment, a month of activities, which
 * the page saves with the submission) is said when the button is pressed.
 */
export function planActions(actor: Actor, plan: PlanState): PlanAction[] {
  const asOffered = { ...plan, monthCount: Math.max(plan.monthCount, 1) };
  return PLAN_ACTIONS.filter((a) => decidePlan(actor, a, asOffered, "comment to come").ok);
}
