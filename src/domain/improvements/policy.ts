import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { lead, refuse, type Transition } from "../common/transition.ts";
import type { ImprovementSource, ImprovementStatus } from "./vocabulary.ts";

/** Who writes a review or closes a complaint decides what to improve after it. */
export function mayPlan(role: Role, source: ImprovementSource): boolean {
  return can(role, source === "incident" ? "incidents.command" : "complaints.handle");
}

/** Heads, managers and officers follow the improvements of their units; everyone sees the ones they own. */
export function seesUnitImprovements(role: Role): boolean {
  return mayPlan(role, "incident") || mayPlan(role, "complaint");
}

export interface ImprovementState {
  status: ImprovementStatus;
  ownerId: number;
}

/** The owner marks it done, or someone who may plan improvements in that unit; only once. */
export function complete(
  state: ImprovementState,
  actor: { id: number; role: Role },
): Transition<ImprovementStatus> {
  if (state.ownerId !== actor.id && !seesUnitImprovements(actor.role)) return refuse(403, "forbidden");
  if (state.status === "done") return refuse(409, "improvements.already_done", "status");
  return lead("done");
}
