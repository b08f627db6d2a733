import type { Role } from "../auth/roles.ts";
import { lead, refuse, type Transition } from "../common/transition.ts";

export const STATUSES = ["reported", "acknowledged", "responding", "stabilised", "closed"] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, { zh: string; en: string }> = {
  reported: { zh: "已报告", en: "Reported" },
  acknowledged: { zh: "已确认", en: "Acknowledged" },
  responding: { zh: "处置中", en: "Responding" },
  stabilised: { zh: "已控制", en: "Stabilised" },
  closed: { zh: "已关闭", en: "Closed" },
};

export const TRANSITION_ACTIONS = ["acknowledge", "respond", "stabilise", "resume", "close"] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

/** From which status each action moves, where to, and which roles may take it. */
export const TRANSITIONS: Record<TransitionAction, { from: Status; to: Status; roles: readonly Role[] }> = {
  // 确认: the outlet head (or duty head) takes charge; management above may do it for them.
  acknowledge: { from: "reported", to: "acknowledged", roles: ["outlet_head", "manager"] },
  respond: { from: "acknowledged", to: "responding", roles: ["outlet_head", "manager", "lobby_manager"] },
  stabilise: { from: "responding", to: "stabilised", roles: ["outlet_head", "manager"] },
  // A situation that flares up again goes back to responding.
  resume: { from: "stabilised", to: "responding", roles: ["outlet_head", "manager", "lobby_manager"] },
  close: { from: "stabilised", to: "closed", roles: ["outlet_head", "manager"] },
};

export interface TransitionContext {
  status: Status;
  role: Role;
  /** Every task of the follow-up step is ticked. */
  followUpDone: boolean;
  /** The review (复盘) has been written. */
  reviewed: boolean;
}

/** May this role take this action now, and where does it lead? */
export function transition(action: TransitionAction, ctx: TransitionContext): Transition<Status> {
  const rule = TRANSITIONS[action];
  if (!rule.roles.includes(ctx.role)) return refuse(403, "incidents.action_role");
  if (ctx.status !== rule.from) return refuse(409, "incidents.wrong_status");
  if (action === "close" && !ctx.followUpDone) return refuse(409, "incidents.follow_up_open");
  if (action === "close" && !ctx.reviewed) return refuse(409, "incidents.review_missing");
  return lead(rule.to);
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
}

/**
 * Where an unacknowledged report goes next: one unit up from where it was last escalated to, or nowhere once
 * it has reached the head office. `path` lists the incident's unit ids from the root down.
 */
export function nextEscalationUnit(pathIds: number[], level: number): number | null {
  const index = pathIds.length - 1 - (level + 1);
  return index >= 0 ? pathIds[index] : null;
}
