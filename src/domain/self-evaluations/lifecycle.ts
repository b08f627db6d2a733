import { lead, refuse, type Transition } from "../common/transition.ts";
import type { EvaluationStatus } from "./vocabulary.ts";

/** Scores, comments and files are taken while the evaluation is a draft. */
export function editTransition(status: EvaluationStatus): Transition<EvaluationStatus> {
  if (status !== "draft") return refuse(409, "self_evaluations.signed_off", "status");
  return lead(status);
}

/** A score lies between zero and the element's weight. */
export function scoreRefusal(score: number | null, weight: number) {
  if (score !== null && score > weight) {
    return refuse(400, "self_evaluations.score_above_weight", "score", { weight: String(weight) });
  }
  return null;
}

/**
 * Sign-off (双人复核): by someone other than the person who prepared it, once every element has a score; the
 * field named is the first element without one.
 */
export function signOffTransition(
  evaluation: { status: EvaluationStatus; preparedBy: number },
  signerId: number,
  scores: readonly { position: number; score: number | null }[],
): Transition<EvaluationStatus> {
  if (evaluation.status !== "draft") return refuse(409, "self_evaluations.signed_off", "status");
  if (evaluation.preparedBy === signerId) return refuse(403, "self_evaluations.self_sign_off");
  const unscored = scores.find((s) => s.score === null);
  if (unscored) return refuse(400, "self_evaluations.unscored", `items.${unscored.position}.score`);
  return lead("signed_off");
}
