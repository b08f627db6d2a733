import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/** Service emergencies: incidents, their playbook tasks, timeline, roles, upward reports and photos. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable("incidents")
    .addColumn("id", t.id, id)
    .addColumn("ref", "text", (c) => c.notNull().unique())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("answers_json", "text", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("severity_reason_json", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("drill", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("reported_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("reported_at", t.timestamp, (c) => c.notNull())
    .addColumn("ack_due_at", t.timestamp, (c) => c.notNull())
    .addColumn("acknowledged_at", t.timestamp)
    .addColumn("acknowledged_by", "integer", (c) => c.references("users.id"))
    .addColumn("escalation_level", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("responding_at", t.timestamp)
    .addColumn("stabilised_at", t.timestamp)
    .addColumn("closed_at", t.timestamp)
    .addColumn("review_json", "text")
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("incidents_org_idx").on("incidents").columns(["org_unit_id", "id"]).execute();
  await db.schema
    .createIndex("incidents_reported_idx")
    .on("incidents")
    .columns(["reported_at", "id"])
    .execute();
  await db.schema
    .createIndex("incidents_category_idx")
    .on("incidents")
    .columns(["category", "reported_at"])
    .execute();
  // The board lists open incidents only; closed ones (the vast majority over time) stay out of its index.
  await sql`CREATE INDEX incidents_open_idx ON incidents (org_unit_id, severity, ack_due_at) WHERE status <> 'closed'`.execute(
    db,
  );

  await db.schema
    .createTable("incident_tasks")
    .addColumn("id", t.id, id)
    .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
    .addColumn("step", "text", (c) => c.notNull())
    .addColumn("template_key", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("done_at", t.timestamp)
    .addColumn("done_by", "integer", (c) => c.references("users.id"))
    .execute();
  await db.schema
    .createIndex("incident_tasks_incident_idx")
    .on("incident_tasks")
    .columns(["incident_id", "position"])
    .execute();

  await db.schema
    .createTable("incident_events")
    .addColumn("id", t.id, id)
    .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
    .addColumn("at", t.timestamp, (c) => c.notNull())
    .addColumn("actor_id", "integer", (c) => c.references("users.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("params_json", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("incident_events_incident_idx")
    .on("incident_events")
    .columns(["incident_id", "id"])
    .execute();

  await db.schema
    .createTable("incident_roles")
    .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("assigned_at", t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint("incident_roles_pk", ["incident_id", "role"])
    .execute();

  await db.schema
    .createTable("incident_reports")
    .addColumn("id", t.id, id)
    .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("fields_json", "text", (c) => c.notNull())
    .addColumn("sent_at", t.timestamp, (c) => c.notNull())
    .addColumn("sent_by", "integer", (c) => c.notNull().references("users.id"))
    .execute();
  await db.schema
    .createIndex("incident_reports_incident_idx")
    .on("incident_reports")
    .columns(["incident_id", "id"])
    .execute();

  await db.schema
    .createTable("incident_attachments")
    .addColumn("id", t.id, id)
    .addColumn("incident_id", "integer", (c) => c.notNull().references("incidents.id"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("mime", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("data", isPostgres(db) ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("uploaded_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("incident_attachments_incident_idx")
    .on("incident_attachments")
    .column("incident_id")
    .execute();

  // The tech-support line an outlet calls; looked up from the nearest unit that has one.
  await db.schema.alterTable("org_units").addColumn("tech_support_phone", "text").execute();
}

export async function down(): Promise<void> {
  throw new Error("The incidents migration cannot be reverted");
}
