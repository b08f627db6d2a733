import type { Role } from "../auth/roles.ts";
import type { StepKey } from "./playbook.ts";

/** One task of a playbook: the step of the closed loop it belongs to and the role that does it. */
export interface TaskTemplate {
  key: string;
  step: StepKey;
  role: Role;
  text: { zh: string; en: string };
}

export const task = (key: string, step: StepKey, role: Role, zh: string, en: string): TaskTemplate => ({
  key,
  step,
  role,
  text: { zh, en },
});
