import type { Kysely } from "kysely";
import type { z } from "zod";
import type { listActivitiesQuery, listPlansQuery } from "../../domain/campaigns/schema.ts";
import { pathIds } from "../../domain/org/units.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { notFound } from "../http/errors.ts";
import { filterPath } from "../org/subtree.ts";

export function campaignList(db: Kysely<Database>) {
  return db.selectFrom("education_campaigns").selectAll().orderBy("position").execute();
}

/** Every read of plans: joined to the outlet and the people, limited to the caller's subtree. */
export function plansInScope(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("education_plans as p")
    .innerJoin("org_units as ou", "ou.id", "p.org_unit_id")
    .leftJoin("users as submitter", "submitter.id", "p.submitted_by")
    .leftJoin("users as decider", "decider.id", "p.decided_by")
    .selectAll("p")
    .select([
      "ou.name as org_name",
      "ou.path as org_path",
      "submitter.display_name as submitter_name",
      "decider.display_name as decider_name",
    ])
    .where(startsWith("ou.path", scopePath));
}
export type PlanRow = Awaited<ReturnType<ReturnType<typeof plansInScope>["executeTakeFirstOrThrow"]>>;

export async function getPlanRow(db: Kysely<Database>, scopePath: string, id: number) {
  const row = await plansInScope(db, scopePath).where("p.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export function monthsOf(db: Kysely<Database>, planIds: number[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("education_plan_months")
    .selectAll()
    .where("plan_id", "in", planIds)
    .orderBy("plan_id")
    .orderBy("month")
    .orderBy("id")
    .execute();
}
export type MonthRow = Awaited<ReturnType<typeof monthsOf>>[number];

/** The plans in scope for a year, by outlet; an outlet has at most one a year, a sub-branch a handful. */
export function listPlans(db: Kysely<Database>, scopePath: string, query: z.infer<typeof listPlansQuery>) {
  let q = plansInScope(db, scopePath);
  if (query.year) q = q.where("p.year", "=", query.year);
  if (query.status) q = q.where("p.status", "=", query.status);
  return q.orderBy("p.year", "desc").orderBy("ou.path").limit(1000).execute();
}

export function activitiesInScope(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("education_activities as a")
    .innerJoin("org_units as ou", "ou.id", "a.org_unit_id")
    .innerJoin("users as recorder", "recorder.id", "a.recorded_by")
    .selectAll("a")
    .select(["ou.name as org_name", "ou.path as org_path", "recorder.display_name as recorder_name"])
    .where(startsWith("ou.path", scopePath));
}
export type ActivityRow = Awaited<
  ReturnType<ReturnType<typeof activitiesInScope>["executeTakeFirstOrThrow"]>
>;

export async function getActivityRow(db: Kysely<Database>, scopePath: string, id: number) {
  const row = await activitiesInScope(db, scopePath).where("a.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The activities in scope, filtered, newest recorded first, a page at a time. */
export async function listActivities(
  db: Kysely<Database>,
  scopePath: string,
  query: z.infer<typeof listActivitiesQuery>,
) {
  let q = activitiesInScope(db, scopePath);
  if (query.orgUnitId) q = q.where(startsWith("ou.path", await filterPath(db, scopePath, query.orgUnitId)));
  if (query.year)
    q = q.where("a.held_on", ">=", `${query.year}-01-01`).where("a.held_on", "<=", `${query.year}-12-31`);
  if (query.campaignCode) q = q.where("a.campaign_code", "=", query.campaignCode);
  const after = decodeCursor(query.cursor);
  if (after !== null) q = q.where("a.id", "<", after);
  const rows = await q
    .orderBy("a.id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  return {
    rows: page,
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}

/** The materials and photo names of some activities, for their presentation. */
export async function attachmentsOf(db: Kysely<Database>, activityIds: number[]) {
  if (activityIds.length === 0) return { materials: [], photos: [] };
  const [materials, photos] = await Promise.all([
    db
      .selectFrom("education_activity_materials as am")
      .innerJoin("marketing_materials as m", "m.id", "am.material_id")
      .select(["am.activity_id", "m.id", "m.ref", "m.title"])
      .where("am.activity_id", "in", activityIds)
      .orderBy("m.id")
      .execute(),
    db
      .selectFrom("education_activity_photos")
      .select(["id", "activity_id", "file_name"])
      .where("activity_id", "in", activityIds)
      .orderBy("id")
      .execute(),
  ]);
  return { materials, photos };
}
export type Attachments = Awaited<ReturnType<typeof attachmentsOf>>;

export async function activityPhoto(db: Kysely<Database>, activityId: number, photoId: number) {
  const row = await db
    .selectFrom("education_activity_photos")
    .select(["mime", "data"])
    .where("id", "=", photoId)
    .where("activity_id", "=", activityId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/**
 * The approved materials an activity of a unit may name: those of the unit itself and of the units above
 * it (the same rule recordActivity checks).
 */
export function usableMaterials(db: Kysely<Database>, unitPath: string) {
  return db
    .selectFrom("marketing_materials as m")
    .select(["m.id", "m.ref", "m.title"])
    .where("m.status", "=", "approved")
    .where("m.org_unit_id", "in", pathIds(unitPath))
    .orderBy("m.id", "desc")
    .limit(500)
    .execute();
}
