import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { lead, refuse, type Transition } from "../common/transition.ts";
import type { VersionStatus } from "./vocabulary.ts";

export interface VersionState {
  status: VersionStatus;
  authorId: number | null;
}

/** Consumer-protection officers and administrators draft new versions of the know-how of their subtree. */
export const mayEdit = (role: Role): boolean => can(role, "knowhow.edit");

/** Saving a draft changes the one open draft of the item, or starts the next version of it. */
export function saveDraft(role: Role): Transition<"draft"> {
  return mayEdit(role) ? lead("draft") : refuse(403, "forbidden");
}

/** Four eyes: a draft is published by someone allowed to publish who is not its author. */
export function publish(state: VersionState, actor: { id: number; role: Role }): Transition<"published"> {
  if (!can(actor.role, "knowhow.publish")) return refuse(403, "forbidden");
  if (state.status !== "draft") return refuse(409, "knowhow.not_draft", "status");
  if (state.authorId === actor.id) return refuse(403, "knowhow.own_draft", "authorId");
  return lead("published");
}

/** What the caller may do with a version, for the web app to show. */
export function allowedActions(
  state: VersionState,
  actor: { id: number; role: Role },
): ("edit" | "publish")[] {
  const actions: ("edit" | "publish")[] = [];
  if (state.status === "draft" && mayEdit(actor.role)) actions.push("edit");
  if (publish(state, actor).ok) actions.push("publish");
  return actions;
}
