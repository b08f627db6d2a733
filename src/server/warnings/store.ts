import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { notFound } from "../http/errors.ts";
import { filterPath } from "../org/subtree.ts";

/** Every read of warnings goes through here: joined to its unit and limited to the caller's subtree. */
export function warningsInScope(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("warnings as w")
    .innerJoin("org_units as ou", "ou.id", "w.org_unit_id")
    .leftJoin("users as ack", "ack.id", "w.acknowledged_by")
    .leftJoin("users as lifter", "lifter.id", "w.lifted_by")
    .selectAll("w")
    .select([
      "ou.code as org_code",
      "ou.name as org_name",
      "ou.path as org_path",
      "ack.display_name as ack_name",
      "lifter.display_name as lifter_name",
    ])
    .where(startsWith("ou.path", scopePath));
}

export type WarningRow = Awaited<ReturnType<ReturnType<typeof warningsInScope>["executeTakeFirstOrThrow"]>>;

export async function getWarning(db: Kysely<Database>, scopePath: string, id: number) {
  const row = await warningsInScope(db, scopePath).where("w.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Most this list answers: a unit with more open warnings than this has a bigger problem than the list. */
const CAP = 500;

/**
 * Warnings in the caller's scope (narrowed to a unit when asked), newest first: those not yet lifted, or
 * every one. "Lifted" and the cap of the open ones are written into the statement: the open-warnings index
 * is partial on it (src/server/db/starts-with.ts says why SQLite needs them written in). The history walks
 * the primary key newest first and stops at the cap.
 */
export async function listWarnings(
  db: Kysely<Database>,
  scopePath: string,
  filter: { all?: boolean; orgUnitId?: number },
) {
  let q = warningsInScope(db, scopePath);
  if (filter.orgUnitId) q = q.where(startsWith("ou.path", await filterPath(db, scopePath, filter.orgUnitId)));
  if (filter.all) return q.orderBy("w.id", "desc").limit(CAP).execute();
  return q.where("w.status", "<>", sql.lit("lifted")).orderBy("w.id", "desc").limit(sql.lit(CAP)).execute();
}
