import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { refuse, type Transition } from "../common/transition.ts";
import { isOpen, STEP_FROM, type Step, stepTransition } from "./lifecycle.ts";
import type { Status } from "./vocabulary.ts";

/**
 * What a user may do to a public-opinion event in its state: the permission table and the workflow
 * together. The route guards, the commands and the `allowed` the detail page receives all ask here.
 */

export function decideStep(role: Role, status: Status, step: Step): Transition<Status> {
  if (!can(role, "opinion.handle")) return refuse(403, "forbidden");
  return stepTransition(status, step);
}

export interface EventState {
  status: Status;
  spokespersonId: number | null;
  reportedToBranch: boolean;
}

export function allowedOn(asker: { id: number; role: Role }, state: EventState) {
  const handles = can(asker.role, "opinion.handle") && isOpen(state.status);
  const at = (kind: Step["kind"]) => handles && state.status === STEP_FROM[kind];
  return {
    verify: at("verify"),
    assess: at("assess"),
    respond: at("respond"),
    track: at("track"),
    review: at("review"),
    setLevel: handles,
    reportToBranch: handles && !state.reportedToBranch,
    record: handles,
    speak: handles && state.spokespersonId === asker.id,
    approveStatement: can(asker.role, "opinion.approve") && isOpen(state.status),
  };
}
export type Allowed = ReturnType<typeof allowedOn>;
