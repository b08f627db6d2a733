import { lead, refuse, type Transition } from "../common/transition.ts";
import type { StatementStatus } from "./vocabulary.ts";

/**
 * The statement register (回应口径/声明): a version is drafted, approved by someone other than its author,
 * then published where and when it went out. A published version is frozen: a new wording is a new version.
 */
export type StatementAction = { kind: "edit" } | { kind: "approve" } | { kind: "publish" };

export interface StatementState {
  status: StatementStatus;
  draftedBy: number;
}

export function statementTransition(
  state: StatementState,
  action: StatementAction,
  actorId: number,
): Transition<StatementStatus> {
  switch (action.kind) {
    case "edit":
      return state.status === "published" ? refuse(409, "opinion.statement_frozen") : lead("draft");
    case "approve":
      if (state.status !== "draft") return refuse(409, "opinion.statement_not_draft");
      if (state.draftedBy === actorId) return refuse(403, "opinion.statement_self_approve");
      return lead("approved");
    case "publish":
      return state.status === "approved" ? lead("published") : refuse(409, "opinion.statement_not_approved");
  }
}

/** Only the designated spokesperson speaks to the media about an event (管好媒体的嘴). */
export function spokespersonRefusal(spokespersonId: number | null, actorId: number) {
  if (spokespersonId === null) return refuse(409, "opinion.no_spokesperson", "spokespersonId").refusal;
  if (spokespersonId !== actorId) return refuse(403, "opinion.not_spokesperson").refusal;
  return null;
}
