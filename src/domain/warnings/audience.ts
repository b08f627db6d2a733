import type { Role } from "../auth/roles.ts";
import type { OrgKind } from "../org/units.ts";
import type { WarningLevel } from "./vocabulary.ts";

/** The highest kind of unit each level reaches, counting up from the warning's own unit. */
const REACH: Record<WarningLevel, OrgKind> = {
  blue: "outlet",
  yellow: "sub_branch",
  orange: "branch",
  red: "head_office",
};
const DEPTH: Record<OrgKind, number> = { head_office: 0, branch: 1, sub_branch: 2, outlet: 3 };

/** Who answers for a unit: the outlet head at an outlet, managers and consumer-protection officers above. */
export const ROLES_AT: Record<OrgKind, Role[]> = {
  outlet: ["outlet_head"],
  sub_branch: ["manager", "cp_officer"],
  branch: ["manager", "cp_officer"],
  head_office: ["manager"],
};

/**
 * The units told of a warning, its own and those above it up to the level's reach, with the roles told at
 * each: a blue warning stays with the outlet, a red one reaches the head office.
 */
export function audience(
  units: readonly { id: number; kind: OrgKind }[],
  level: WarningLevel,
): { unitId: number; roles: Role[] }[] {
  const own = units[units.length - 1];
  return units
    .filter((u) => u === own || DEPTH[u.kind] >= DEPTH[REACH[level]])
    .map((u) => ({ unitId: u.id, roles: ROLES_AT[u.kind] }));
}
