import { type Kysely, type SqlBool, sql } from "kysely";
import { pathIds } from "../../domain/org/units.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";

/**
 * Training held for a unit is visible to a caller when the unit lies in the caller's subtree (the caller runs
 * or oversees it) or on the caller's own path (a sub-branch's session is for its outlets' staff too). For a
 * query joined to `org_units`.
 */
export const visibleFrom = (scopePath: string) =>
  sql<SqlBool>`(${startsWith("org_units.path", scopePath)} OR ${sql.ref("org_units.id")} IN (${sql.join(pathIds(scopePath))}))`;

/** Active staff of a subtree: those expected at a session, or assigned a quiz, held for it. */
export function staffUnder(db: Kysely<Database>, path: string) {
  return db
    .selectFrom("users")
    .innerJoin("org_units", "org_units.id", "users.org_unit_id")
    .select(["users.id", "users.display_name", "users.role", "org_units.name as org_name"])
    .where(startsWith("org_units.path", path))
    .where("users.disabled_at", "is", null);
}
