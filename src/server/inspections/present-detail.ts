import type { Kysely } from "kysely";
import type { InspectionDetail } from "../../domain/inspections/schema.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { presentDetail } from "./present.ts";
import { getInspectionRow, outletStaff, photosOf, rectificationsInScope, resultsOf } from "./store.ts";

/** One inspection with its findings, photos and rectifications, as the caller may see and act on it. */
export async function loadDetail(
  db: Kysely<Database>,
  user: SessionUser,
  id: number,
  now: Date,
): Promise<InspectionDetail> {
  const scopePath = user.orgUnit.path;
  const row = await getInspectionRow(db, scopePath, id);
  const [results, photos, rectifications, staff] = await Promise.all([
    resultsOf(db, id),
    photosOf(db, id),
    rectificationsInScope(db, scopePath).where("rc.inspection_id", "=", id).orderBy("rc.id").execute(),
    row.status === "draft" ? outletStaff(db, row.org_unit_id) : Promise.resolve([]),
  ]);
  return presentDetail(row, { results, photos, rectifications, staff }, user, now);
}
