import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { refuse, type Transition } from "../common/transition.ts";
import { editTransition, signOffTransition } from "./lifecycle.ts";
import type { EvaluationStatus } from "./vocabulary.ts";

/**
 * What a user may do to a self-evaluation in its state: the permission table and the state machine together;
 * the commands and the `allowedActions` the server sends both ask here.
 */

export interface Actor {
  id: number;
  role: Role;
}

export const EVALUATION_ACTIONS = ["edit", "sign_off"] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];

export interface EvaluationState {
  status: EvaluationStatus;
  preparedBy: number;
}

export function decideEvaluation(
  actor: Actor,
  action: EvaluationAction,
  evaluation: EvaluationState,
  scores: readonly { position: number; score: number | null }[] = [],
): Transition<EvaluationStatus> {
  if (action === "edit") {
    if (!can(actor.role, "self_evaluations.prepare")) return refuse(403, "forbidden");
    return editTransition(evaluation.status);
  }
  if (!can(actor.role, "self_evaluations.sign_off")) return refuse(403, "forbidden");
  return signOffTransition(evaluation, actor.id, scores);
}

/** The page's buttons; what the scores lack is said when sign-off is pressed. */
export function evaluationActions(actor: Actor, evaluation: EvaluationState): EvaluationAction[] {
  return EVALUATION_ACTIONS.filter((a) => decideEvaluation(actor, a, evaluation).ok);
}
