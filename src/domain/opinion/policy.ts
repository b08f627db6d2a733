import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { type Refusal, refuse, type Transition } from "../common/transition.ts";
import { isWithin, type OrgKind } from "../org/units.ts";
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

export interface Asker {
  id: number;
  role: Role;
  /** The asker's own unit: where they sit in the tree decides whose statements they may approve. */
  unitKind: OrgKind;
  unitPath: string;
}

export interface EventState {
  status: Status;
  spokespersonId: number | null;
  reportedToBranch: boolean;
  /** The path of the unit that owns the event. */
  orgPath: string;
}

/**
 * A statement goes out in the bank's name, so it is approved at the branch: by management (the holders of
 * `opinion.approve`) of a sub-branch, branch or the head office whose subtree holds the event's unit, never
 * at an outlet nor by an outlet named in a sub-branch's event. That the author never approves their own
 * draft is the register's rule (statements.ts).
 */
export function statementApproverRefusal(asker: Asker, eventPath: string): Refusal | null {
  const may =
    can(asker.role, "opinion.approve") && asker.unitKind !== "outlet" && isWithin(eventPath, asker.unitPath);
  return may ? null : refuse(403, "opinion.statement_approver_level").refusal;
}

export function allowedOn(asker: Asker, state: EventState) {
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
    approveStatement: isOpen(state.status) && statementApproverRefusal(asker, state.orgPath) === null,
  };
}
export type Allowed = ReturnType<typeof allowedOn>;
