import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { lead, refuse, type Transition } from "../common/transition.ts";
import {
  atStep,
  type ExceptionState,
  makerCheckerRefusal,
  type ProcedureAction,
  type ProcedureActor,
  transition,
} from "./procedure.ts";
import type { Status } from "./vocabulary.ts";

/**
 * What a user may do to a counter exception in its state: the permission table and the procedure together.
 * The routes, the commands and the `allowed` the detail page receives all ask here.
 */

/** Who asks, with `mayVerify` already answered for the exception's outlet (table or administrator's grant). */
export interface Asker extends ProcedureActor {
  role: Role;
}

/**
 * Whether the role may take the step on some exception: the route's guard. Verification is open to every
 * reader here because an administrator may grant it to more roles at a unit (see `mayVerify`).
 */
export function permits(role: Role, step: ProcedureAction["kind"]): boolean {
  return can(role, step === "verify" ? "counter_exceptions.read" : "counter_exceptions.handle");
}

/** Whether the asker may take the step on this exception now, and where it leads. */
export function decideStep(
  asker: Asker,
  state: ExceptionState,
  action: ProcedureAction,
  now: Date,
): Transition<Status> {
  if (!permits(asker.role, action.kind)) return refuse(403, "forbidden");
  return transition(state, action, asker, now);
}

/** The type whose exceptions may go to law (a lawyer or a court): seed 003's 业务纠纷. */
export const LEGAL_TYPE = "business_dispute";

/** Whether the legal track may be recorded on this exception now: a business dispute, not rejected. */
export function decideLegal(role: Role, state: { status: Status; type: string }): Transition<Status> {
  if (!can(role, "counter_exceptions.handle")) return refuse(403, "forbidden");
  if (state.type !== LEGAL_TYPE) return refuse(409, "counter_exceptions.legal_only_dispute", "type");
  if (state.status === "rejected") return refuse(409, "counter_exceptions.wrong_status");
  return lead(state.status);
}

/** What the detail page offers the asker. */
export function allowedOn(asker: Asker, state: ExceptionState & { type: string }, hasCustomer: boolean) {
  const handles = can(asker.role, "counter_exceptions.handle");
  return {
    verify: atStep(state.status, "verify") && makerCheckerRefusal(state, asker) === null,
    handle: handles && atStep(state.status, "handle"),
    followUp: handles && atStep(state.status, "follow_up"),
    revealCustomer: can(asker.role, "counter_exceptions.reveal_customer") && hasCustomer,
    linkComplaint: handles && state.status !== "rejected",
    legal: decideLegal(asker.role, state).ok,
    /** A closed exception becomes a case like a closed incident or complaint (personal data stripped). */
    makeCase: can(asker.role, "cases.manage") && state.status === "closed",
  };
}
