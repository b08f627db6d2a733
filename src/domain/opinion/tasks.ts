import type { Role } from "../auth/roles.ts";

/** The five moves of handling public opinion (seed 004), in the order the page shows them. */
export const MOVES = ["media", "network", "rumour", "face", "story"] as const;
export type Move = (typeof MOVES)[number];

/**
 * The work each move asks of each role on an open event, in our own words: the consumer-protection officer
 * runs the event, the manager speaks for the bank and decides, the outlet head acts on site. A task is
 * ticked once, by someone of its roles, and the tick stays on the timeline.
 */
export const TASKS = [
  { id: "name_spokesperson", move: "media", roles: ["manager"] },
  { id: "brief_staff", move: "media", roles: ["outlet_head"] },
  { id: "keep_evidence", move: "network", roles: ["cp_officer"] },
  { id: "update_reach", move: "network", roles: ["cp_officer"] },
  { id: "list_rumours", move: "rumour", roles: ["cp_officer"] },
  { id: "report_fabrication", move: "rumour", roles: ["manager"] },
  { id: "reach_customer", move: "face", roles: ["outlet_head"] },
  { id: "note_risk", move: "face", roles: ["cp_officer"] },
  { id: "plan_publicity", move: "story", roles: ["manager", "cp_officer"] },
] as const satisfies readonly { id: string; move: Move; roles: readonly Role[] }[];
export type TaskId = (typeof TASKS)[number]["id"];
export const TASK_IDS = TASKS.map((t) => t.id) as [TaskId, ...TaskId[]];

export const taskOf = (id: TaskId) => TASKS.find((t) => t.id === id) as (typeof TASKS)[number];

/** Whether `role` does this task: one of its roles (other handlers read it, and see who ticked it). */
export const doesTask = (role: Role, id: TaskId) => (taskOf(id).roles as readonly Role[]).includes(role);
