import { dueTimeProblem } from "../common/plausibility.ts";
import { lead, type Refusal, refuse, type Transition } from "../common/transition.ts";
import type { Status, VerifyOutcome } from "./vocabulary.ts";

/** What the procedure needs to know about an exception to decide the next step. */
export interface ExceptionState {
  status: Status;
  /** The user who identified and reported it (the maker). */
  reportedBy: number;
}

/** Who asks: `mayVerify` says whether their role is a verifier at the exception's outlet (table or grant). */
export interface ProcedureActor {
  id: number;
  mayVerify: boolean;
}

export type ProcedureAction =
  | { kind: "verify"; outcome: VerifyOutcome }
  | { kind: "handle"; followUpDueAt: string }
  | { kind: "follow_up"; fullyResolved: boolean; nextDueAt?: string };

/**
 * Maker-checker (双人复核): the person who reported an exception can never verify it, whatever their role.
 * Answers the refusal, or null when the actor may verify.
 */
export function makerCheckerRefusal(state: ExceptionState, actor: ProcedureActor): Refusal | null {
  if (actor.id === state.reportedBy) return refuse(403, "counter_exceptions.self_verify").refusal;
  if (!actor.mayVerify) return refuse(403, "counter_exceptions.not_verifier").refusal;
  return null;
}

const FROM: Record<ProcedureAction["kind"], Status> = {
  verify: "reported",
  handle: "verified",
  follow_up: "handled",
};

/** Whether an exception in `status` is at the step `kind`. */
export const atStep = (status: Status, kind: ProcedureAction["kind"]) => status === FROM[kind];

/** A due time after now and within the window (a follow-up due in the year 3000 is a typing mistake). */
function dueRefusal(iso: string, field: string, now: Date): Transition<Status> | null {
  const problem = dueTimeProblem(iso, now);
  return problem && refuse(400, problem.key, field, problem.params);
}

/** The procedure's state machine: which step may follow which, by whom, and where it leads. */
export function transition(
  state: ExceptionState,
  action: ProcedureAction,
  actor: ProcedureActor,
  now: Date,
): Transition<Status> {
  if (action.kind === "verify") {
    const refusal = makerCheckerRefusal(state, actor);
    if (refusal) return { ok: false, refusal };
  }
  if (!atStep(state.status, action.kind)) return refuse(409, "counter_exceptions.wrong_status");
  switch (action.kind) {
    case "verify":
      return lead(action.outcome === "confirmed" ? "verified" : "rejected");
    case "handle":
      return dueRefusal(action.followUpDueAt, "followUpDueAt", now) ?? lead("handled");
    case "follow_up":
      if (action.fullyResolved) return lead("closed");
      if (action.nextDueAt === undefined)
        return refuse(400, "counter_exceptions.next_due_required", "nextDueAt");
      return dueRefusal(action.nextDueAt, "nextDueAt", now) ?? lead("handled");
  }
}

/** A follow-up is overdue when its due time has passed and the exception is still open. */
export function isOverdue(status: Status, followUpDueAt: string | null, now: Date): boolean {
  return status === "handled" && followUpDueAt !== null && Date.parse(followUpDueAt) <= now.getTime();
}
