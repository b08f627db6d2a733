import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import { DEFAULT_CATEGORIES } from "../../../domain/complaints/classification.ts";
import { columnTypes, isPostgres } from "../dialect.ts";

/** Complaints (客诉) with their clock events, the JR/T 0169 classification table and the business calendar. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable("calendar_days")
    .addColumn("date", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("complaint_categories")
    .addColumn("id", t.id, id)
    .addColumn("axis", "text", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("parent_code", "text")
    .addColumn("sort", "integer", (c) => c.notNull())
    .addUniqueConstraint("complaint_categories_axis_code", ["axis", "code"])
    .execute();
  await db
    .insertInto("complaint_categories" as never)
    .values(
      DEFAULT_CATEGORIES.map((e, i) => ({
        axis: e.axis,
        code: e.code,
        label: e.label,
        parent_code: e.parentCode,
        sort: i,
      })) as never,
    )
    .execute();

  await db.schema
    .createTable("complaints")
    .addColumn("id", t.id, id)
    .addColumn("ref", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("channel_code", "text", (c) => c.notNull())
    .addColumn("business_category_code", "text", (c) => c.notNull())
    .addColumn("cause_code", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("grade", "text", (c) => c.notNull())
    .addColumn("sensitive_tags_json", "text", (c) => c.notNull())
    .addColumn("received_at", t.timestamp, (c) => c.notNull())
    .addColumn("clock_started_at", t.timestamp, (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("facts", "text")
    .addColumn("request", "text", (c) => c.notNull())
    .addColumn("complainant_kind", "text", (c) => c.notNull())
    .addColumn("complainant_name", "text", (c) => c.notNull())
    .addColumn("complainant_phone", "text")
    .addColumn("complainant_id_number", "text")
    .addColumn("complainant_extra_json", "text", (c) => c.notNull())
    .addColumn("complainant_key", "text", (c) => c.notNull())
    .addColumn("group_size", "integer")
    .addColumn("in_person", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("subject_institution", "text")
    .addColumn("subject_staff_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("subject_staff_name", "text")
    .addColumn("amount_claimed_fen", "bigint")
    .addColumn("psychology", "text")
    .addColumn("disc", "text")
    .addColumn("handler_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("extension_level", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("decision_due_at", t.timestamp)
    .addColumn("forward_due_at", t.timestamp)
    .addColumn("breached_at", t.timestamp)
    .addColumn("repeat_of_id", "integer", (c) => c.references("complaints.id"))
    .addColumn("review_of_id", "integer", (c) => c.references("complaints.id"))
    .addColumn("merged_into_id", "integer", (c) => c.references("complaints.id"))
    .addColumn("decision_json", "text")
    .addColumn("decided_at", t.timestamp)
    .addColumn("closing_json", "text")
    .addColumn("ended_at", t.timestamp)
    .addColumn("created_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("complaints_org_idx").on("complaints").columns(["org_unit_id", "id"]).execute();
  await db.schema
    .createIndex("complaints_status_due_idx")
    .on("complaints")
    .columns(["status", "decision_due_at"])
    .execute();
  await db.schema
    .createIndex("complaints_complainant_idx")
    .on("complaints")
    .columns(["complainant_key", "status"])
    .execute();
  await db.schema
    .createIndex("complaints_received_idx")
    .on("complaints")
    .columns(["received_at", "id"])
    .execute();
  await db.schema.createIndex("complaints_review_of_idx").on("complaints").column("review_of_id").execute();
  await db.schema
    .createIndex("complaints_handler_idx")
    .on("complaints")
    .columns(["handler_user_id", "id"])
    .execute();

  const child = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn("id", t.id, id)
      .addColumn("complaint_id", "integer", (c) => c.notNull().references("complaints.id"));

  await child("complaint_extensions")
    .addColumn("level", "integer", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("requested_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("requested_at", t.timestamp, (c) => c.notNull())
    .addColumn("decided_by", "integer", (c) => c.references("users.id"))
    .addColumn("decided_at", t.timestamp)
    .addColumn("note", "text")
    .execute();
  await child("complaint_pauses")
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("started_at", t.timestamp, (c) => c.notNull())
    .addColumn("ended_at", t.timestamp)
    .addColumn("started_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("ended_by", "integer", (c) => c.references("users.id"))
    .execute();
  await child("complaint_notices")
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("at", t.timestamp, (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("recorded_by", "integer", (c) => c.notNull().references("users.id"))
    .execute();
  // The timeline: every event on a complaint, including clock restarts on new facts.
  await child("complaint_events")
    .addColumn("at", t.timestamp, (c) => c.notNull())
    .addColumn("actor_username", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("data_json", "text", (c) => c.notNull())
    .execute();
  for (const name of ["complaint_extensions", "complaint_pauses", "complaint_notices", "complaint_events"]) {
    await sql`CREATE INDEX ${sql.raw(`${name}_complaint_idx`)} ON ${sql.table(name)} (complaint_id, id)`.execute(
      db,
    );
  }
}

export async function down(): Promise<void> {
  throw new Error("The complaints migration cannot be reverted");
}
