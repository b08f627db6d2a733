import type { MessageKey } from "../common/messages.ts";
import { dueTimeProblem } from "../common/plausibility.ts";
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

export type Refusal = {
  ok: false;
  status: 400 | 403 | 409;
  key: MessageKey;
  field?: string;
  params?: Record<string, string>;
};
export type Transition = { ok: true; status: Status } | Refusal;

const refuse = (status: Refusal["status"], key: MessageKey, field?: string): Refusal => ({
  ok: false,
  status,
  key,
  ...(field && { field }),
});

/**
 * Maker-checker (双人复核): the person who reported an exception can never verify it, whatever their role.
 * Answers the refusal, or null when the actor may verify.
 */
export function makerCheckerRefusal(state: ExceptionState, actor: ProcedureActor): Refusal | null {
  if (actor.id === state.reportedBy) return refuse(403, "counter_exceptions.self_verify");
  if (!actor.mayVerify) return refuse(403, "counter_exceptions.not_verifier");
  return null;
}

const FROM: Record<ProcedureAction["kind"], Status> = {
  verify: "reported",
  handle: "verified",
  follow_up: "handled",
};

/** A due time after now and within the window (a follow-up due in the year 3000 is a typing mistake). */
function dueRefusal(iso: string, field: string, now: Date): Refusal | null {
  const problem = dueTimeProblem(iso, now);
  return problem && { ok: false, status: 400, key: problem.key, field, params: problem.params };
}

/** The procedure's state machine: which step may follow which, by whom, and where it leads. */
export function transition(
  state: ExceptionState,
  action: ProcedureAction,
  actor: ProcedureActor,
  now: Date,
): Transition {
  if (action.kind === "verify") {
    const refusal = makerCheckerRefusal(state, actor);
    if (refusal) return refusal;
  }
  if (state.status !== FROM[action.kind]) return refuse(409, "counter_exceptions.wrong_status");
  switch (action.kind) {
    case "verify":
      return { ok: true, status: action.outcome === "confirmed" ? "verified" : "rejected" };
    case "handle":
      return dueRefusal(action.followUpDueAt, "followUpDueAt", now) ?? { ok: true, status: "handled" };
    case "follow_up":
      if (action.fullyResolved) return { ok: true, status: "closed" };
      if (action.nextDueAt === undefined)
        return refuse(400, "counter_exceptions.next_due_required", "nextDueAt");
      return dueRefusal(action.nextDueAt, "nextDueAt", now) ?? { ok: true, status: "handled" };
  }
}

/** A follow-up is overdue when its due time has passed and the exception is still open. */
export function isOverdue(status: Status, followUpDueAt: string | null, now: Date): boolean {
  return status === "handled" && followUpDueAt !== null && Date.parse(followUpDueAt) <= now.getTime();
}
