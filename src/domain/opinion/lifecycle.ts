import { lead, refuse, type Transition } from "../common/transition.ts";
import type { Status } from "./vocabulary.ts";

/**
 * The workflow's state machine: one step per status, in order. Verification may find nothing in the post
 * (`unfounded`), which closes the event without a review; every other path closes through the review.
 */
export type Step =
  | { kind: "verify"; outcome: "confirmed" | "unfounded" }
  | { kind: "assess" }
  | { kind: "respond" }
  | { kind: "track" }
  | { kind: "review" };

export const STEP_FROM: Record<Step["kind"], Status> = {
  verify: "verification",
  assess: "assessment",
  respond: "response",
  track: "tracking",
  review: "review",
};

const STEP_TO: Record<Exclude<Step["kind"], "verify">, Status> = {
  assess: "response",
  respond: "tracking",
  track: "review",
  review: "closed",
};

export const isOpen = (status: Status) => status !== "closed";

export function stepTransition(status: Status, step: Step): Transition<Status> {
  if (status !== STEP_FROM[step.kind]) return refuse(409, "opinion.wrong_status");
  if (step.kind === "verify") return lead(step.outcome === "confirmed" ? "assessment" : "closed");
  return lead(STEP_TO[step.kind]);
}

/** Anything recorded on an event (a level change, a register entry) needs it open. */
export function openTransition(status: Status): Transition<Status> {
  return isOpen(status) ? lead(status) : refuse(409, "opinion.closed");
}
