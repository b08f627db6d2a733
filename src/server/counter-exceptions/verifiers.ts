import type { Kysely, Transaction } from "kysely";
import { can, PERMISSIONS } from "../../domain/auth/permissions.ts";
import { ROLES, type Role } from "../../domain/auth/roles.ts";
import { pathIds } from "../../domain/org/units.ts";
import type { Database } from "../db/schema.ts";
import { usersWithRoles } from "../notifications/notify.ts";

/**
 * Who verifies counter exceptions (核实): the roles the permission table gives `counter_exceptions.verify`
 * (the outlet head) everywhere, plus roles an administrator grants at a unit for the outlets below it
 * (counter_exception_verifier_grants), e.g. the lobby manager of one outlet that has no duty head.
 */
const TABLE_VERIFIERS = ROLES.filter((role) => PERMISSIONS[role].includes("counter_exceptions.verify"));

/** Roles granted verification at the unit `orgPath` or any unit above it. */
async function grantedRoles(db: Kysely<Database>, orgPath: string): Promise<Role[]> {
  const rows = await db
    .selectFrom("counter_exception_verifier_grants")
    .select("role")
    .where("org_unit_id", "in", pathIds(orgPath))
    .execute();
  return rows.map((r) => r.role);
}

export async function mayVerifyAt(db: Kysely<Database>, role: Role, orgPath: string): Promise<boolean> {
  return can(role, "counter_exceptions.verify") || (await grantedRoles(db, orgPath)).includes(role);
}

/** The active users who verify at an outlet: they hear of each new exception there at once. */
export async function verifiersOf(trx: Transaction<Database>, orgUnitId: number, orgPath: string) {
  const roles = [...new Set([...TABLE_VERIFIERS, ...(await grantedRoles(trx, orgPath))])];
  return usersWithRoles(trx, [orgUnitId], roles);
}
