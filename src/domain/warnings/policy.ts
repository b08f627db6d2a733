import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { lead, refuse, type Transition } from "../common/transition.ts";
import type { WarningStatus } from "./vocabulary.ts";

export const WARNING_ACTIONS = ["acknowledge", "lift", "open_incident"] as const;
export type WarningAction = (typeof WARNING_ACTIONS)[number];

const FROM: Record<Exclude<WarningAction, "open_incident">, WarningStatus[]> = {
  acknowledge: ["open"],
  lift: ["open", "acknowledged"],
};

/** acknowledge: open → acknowledged; lift (解除预警): open or acknowledged → lifted. */
export function transition(status: WarningStatus, action: "acknowledge" | "lift"): Transition<WarningStatus> {
  if (!FROM[action].includes(status)) return refuse(409, "warnings.wrong_status");
  return lead(action === "acknowledge" ? "acknowledged" : "lifted");
}

/** What this role may do to a warning in this status; the server sends it, the page shows only these. */
export function allowedActions(role: Role, status: WarningStatus): WarningAction[] {
  if (!can(role, "warnings.handle")) return [];
  const out: WarningAction[] = [];
  if (FROM.acknowledge.includes(status)) out.push("acknowledge");
  if (FROM.lift.includes(status)) out.push("lift");
  if (status !== "lifted" && can(role, "incidents.report")) out.push("open_incident");
  return out;
}
