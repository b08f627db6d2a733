import { STEP_KEYS, type StepKey } from "./playbook.ts";
import type { TaskTemplate } from "./task-template.ts";

export interface ExistingTask {
  id: number;
  key: string;
  step: StepKey;
  done: boolean;
}

/** One place in the re-drawn playbook: a task the incident already has, or one to add. */
export type PlanSlot = { id: number } | { add: TaskTemplate };

/**
 * The playbook re-drawn for a new category: the new plan in its order, each task the incident already has
 * kept as it is (done or not); tasks already done that the new plan lacks stay, last in their step; open
 * tasks it lacks go. A slot's index is its new position.
 */
export function redrawPlan(
  plan: TaskTemplate[],
  existing: ExistingTask[],
): { slots: PlanSlot[]; removed: number[] } {
  const have = new Map(existing.map((t) => [t.key, t]));
  const planned = new Set(plan.map((t) => t.key));
  const keptDone = existing.filter((t) => t.done && !planned.has(t.key));
  const slots = STEP_KEYS.flatMap((step): PlanSlot[] => [
    ...plan
      .filter((t) => t.step === step)
      .map((t) => {
        const found = have.get(t.key);
        return found ? { id: found.id } : { add: t };
      }),
    ...keptDone.filter((t) => t.step === step).map((t) => ({ id: t.id })),
  ]);
  return { slots, removed: existing.filter((t) => !t.done && !planned.has(t.key)).map((t) => t.id) };
}
