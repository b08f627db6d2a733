import type { Kysely } from "kysely";
import type { z } from "zod";
import type { listInspectionsQuery, listRectificationsQuery } from "../../domain/inspections/schema.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { notFound } from "../http/errors.ts";
import { filterPath } from "../org/subtree.ts";

/** The checklist in its order; inspections copy only the enabled items. */
export function checklist(db: Kysely<Database>, enabledOnly: boolean) {
  let q = db.selectFrom("inspection_checklist_items").selectAll().orderBy("position").orderBy("id");
  if (enabledOnly) q = q.where("disabled_at", "is", null);
  return q.execute();
}

/** Every read of inspections goes through here: joined to the outlet and limited to the caller's subtree. */
export function inspectionsInScope(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("inspections as i")
    .innerJoin("org_units as ou", "ou.id", "i.org_unit_id")
    .innerJoin("users as inspector", "inspector.id", "i.inspector_id")
    .selectAll("i")
    .select(["ou.name as org_name", "ou.path as org_path", "inspector.display_name as inspector_name"])
    .select((eb) => [
      eb
        .selectFrom("inspection_results as r")
        .select(eb.fn.countAll().as("n"))
        .whereRef("r.inspection_id", "=", "i.id")
        .where("r.outcome", "=", "fail")
        .as("fail_count"),
      eb
        .selectFrom("rectifications as rc")
        .select(eb.fn.countAll().as("n"))
        .whereRef("rc.inspection_id", "=", "i.id")
        .where("rc.status", "=", "open")
        .as("open_count"),
    ])
    .where(startsWith("ou.path", scopePath));
}

export type InspectionRow = Awaited<
  ReturnType<ReturnType<typeof inspectionsInScope>["executeTakeFirstOrThrow"]>
>;

/** One inspection inside the caller's scope; outside it, as absent as one that does not exist. */
export async function getInspectionRow(db: Kysely<Database>, scopePath: string, id: number) {
  const row = await inspectionsInScope(db, scopePath).where("i.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The inspections in scope, newest first, a page at a time. */
export async function listInspections(
  db: Kysely<Database>,
  scopePath: string,
  query: z.infer<typeof listInspectionsQuery>,
) {
  let q = inspectionsInScope(db, scopePath);
  if (query.orgUnitId) q = q.where(startsWith("ou.path", await filterPath(db, scopePath, query.orgUnitId)));
  if (query.status) q = q.where("i.status", "=", query.status);
  const after = decodeCursor(query.cursor);
  if (after !== null) q = q.where("i.id", "<", after);
  const rows = await q
    .orderBy("i.id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  return {
    rows: page,
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}

export function resultsOf(db: Kysely<Database>, inspectionId: number) {
  return db
    .selectFrom("inspection_results as r")
    .leftJoin("users as owner", "owner.id", "r.owner_id")
    .selectAll("r")
    .select("owner.display_name as owner_name")
    .where("r.inspection_id", "=", inspectionId)
    .orderBy("r.position")
    .execute();
}
export type ResultRow = Awaited<ReturnType<typeof resultsOf>>[number];

/** The photos' descriptions (not their bytes) of one inspection, its findings' and its rectifications'. */
export function photosOf(db: Kysely<Database>, inspectionId: number) {
  return photoRows(db).where("p.inspection_id", "=", inspectionId).orderBy("p.id").execute();
}

/** The evidence photos of some rectifications (a list of them). */
export function evidencePhotos(db: Kysely<Database>, rectificationIds: number[]) {
  if (rectificationIds.length === 0) return Promise.resolve([]);
  return photoRows(db).where("p.rectification_id", "in", rectificationIds).orderBy("p.id").execute();
}

function photoRows(db: Kysely<Database>) {
  return db
    .selectFrom("inspection_photos as p")
    .innerJoin("users as u", "u.id", "p.uploaded_by")
    .select([
      "p.id",
      "p.result_id",
      "p.rectification_id",
      "p.file_name",
      "p.mime",
      "p.size",
      "p.uploaded_at",
      "u.display_name as uploaded_by_name",
    ]);
}
export type PhotoRow = Awaited<ReturnType<typeof photosOf>>[number];

export async function photoData(db: Kysely<Database>, inspectionId: number, photoId: number) {
  const row = await db
    .selectFrom("inspection_photos")
    .select(["mime", "data"])
    .where("id", "=", photoId)
    .where("inspection_id", "=", inspectionId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The active staff of an outlet: who may own a rectification there. */
export function outletStaff(db: Kysely<Database>, orgUnitId: number) {
  return db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("org_unit_id", "=", orgUnitId)
    .where("disabled_at", "is", null)
    .orderBy("id")
    .execute();
}

/** Every read of rectifications: joined to their inspection, item and people, limited to the caller's subtree. */
export function rectificationsInScope(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("rectifications as rc")
    .innerJoin("inspections as i", "i.id", "rc.inspection_id")
    .innerJoin("inspection_results as r", "r.id", "rc.result_id")
    .innerJoin("org_units as ou", "ou.id", "rc.org_unit_id")
    .innerJoin("users as owner", "owner.id", "rc.owner_id")
    .leftJoin("users as closer", "closer.id", "rc.closed_by")
    .selectAll("rc")
    .select([
      "i.ref as inspection_ref",
      "i.status as inspection_status",
      "r.label_zh",
      "r.label_en",
      "r.note as finding",
      "ou.name as org_name",
      "ou.path as org_path",
      "owner.display_name as owner_name",
      "closer.display_name as closer_name",
    ])
    .select((eb) =>
      eb
        .selectFrom("inspection_photos as p")
        .select(eb.fn.countAll().as("n"))
        .whereRef("p.rectification_id", "=", "rc.id")
        .as("photo_count"),
    )
    .where(startsWith("ou.path", scopePath));
}

export type RectificationRow = Awaited<
  ReturnType<ReturnType<typeof rectificationsInScope>["executeTakeFirstOrThrow"]>
>;

export async function getRectificationRow(db: Kysely<Database>, scopePath: string, id: number) {
  const row = await rectificationsInScope(db, scopePath).where("rc.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Rectifications in scope, the soonest due first; `mine` keeps those the caller owns. */
export function listRectifications(
  db: Kysely<Database>,
  scopePath: string,
  userId: number,
  query: z.infer<typeof listRectificationsQuery>,
) {
  let q = rectificationsInScope(db, scopePath);
  if (query.status) q = q.where("rc.status", "=", query.status);
  if (query.mine === "true") q = q.where("rc.owner_id", "=", userId);
  return q.orderBy("rc.due_at").orderBy("rc.id").limit(500).execute();
}
