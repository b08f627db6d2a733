import type { Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

/**
 * An event can cover several outlets (a typhoon closing three outlets of a sub-branch): the incident stays
 * owned by the unit that reported it, and the other outlets it covers are listed here, so that their staff
 * can open it and their heads are told.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable("incident_outlets")
    .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("added_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("added_at", t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint("incident_outlets_pk", ["incident_id", "org_unit_id"])
    .execute();
  // The scope of a board or a room looks up the incidents an outlet was added to.
  await db.schema
    .createIndex("incident_outlets_unit_idx")
    .on("incident_outlets")
    .columns(["org_unit_id", "incident_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("incident_outlets").execute();
}
