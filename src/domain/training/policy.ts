import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { isWithin } from "../org/units.ts";

interface Person {
  id: number;
  /** Materialised path of the person's unit. */
  path: string;
}

/**
 * A personal record (training record, rewards and accountability) is read by the person and by their managers:
 * those holding `action` whose unit lies on or above the person's. Nobody else, colleagues included.
 */
export function mayReadPersonal(
  viewer: Person & { role: Role },
  subject: Person,
  action: "training.records" | "accountability.decide",
): boolean {
  return viewer.id === subject.id || (can(viewer.role, action) && isWithin(subject.path, viewer.path));
}
