import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/**
 * 宣传教育: the campaigns an outlet can join (the regulator's three yearly ones and the bank's own, copied here
 * so that the migration never changes with the code), the outlet's annual plan with its activities planned
 * by month, and the activities held with the approved materials used and their photos.
 */
const DEFAULT_CAMPAIGNS: [code: string, zh: string, en: string][] = [
  ["cp_315", "“3·15”消费者权益保护教育宣传", "15 March consumer-rights education week"],
  ["into_homes", "金融知识进万家", "Financial knowledge into every home"],
  ["knowledge_journey", "金融知识万里行", "Financial knowledge on the road"],
  ["bank_own", "本行自主宣传活动", "The bank's own campaign"],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const pg = isPostgres(db);
  const id = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable("education_campaigns")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name_zh", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("education_plans")
    .addColumn("id", t.id, id)
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("target_groups", "text", (c) => c.notNull())
    .addColumn("themes", "text", (c) => c.notNull())
    .addColumn("campaign_codes", "text", (c) => c.notNull())
    .addColumn("submitted_by", "integer", (c) => c.references("users.id"))
    .addColumn("submitted_at", t.timestamp)
    .addColumn("decided_by", "integer", (c) => c.references("users.id"))
    .addColumn("decided_at", t.timestamp)
    .addColumn("decision_comment", "text")
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .addUniqueConstraint("education_plans_unit_year", ["org_unit_id", "year"])
    .execute();

  await db.schema
    .createTable("education_plan_months")
    .addColumn("id", t.id, id)
    .addColumn("plan_id", "integer", (c) => c.notNull().references("education_plans.id"))
    .addColumn("month", "integer", (c) => c.notNull())
    .addColumn("campaign_code", "text", (c) => c.references("education_campaigns.code"))
    .addColumn("target_group", "text", (c) => c.notNull())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("planned_count", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("education_plan_months_plan_idx")
    .on("education_plan_months")
    .columns(["plan_id", "month"])
    .execute();

  await db.schema
    .createTable("education_activities")
    .addColumn("id", t.id, id)
    .addColumn("ref", "text", (c) => c.notNull().unique())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("campaign_code", "text", (c) => c.references("education_campaigns.code"))
    .addColumn("held_on", "text", (c) => c.notNull())
    .addColumn("place_kind", "text", (c) => c.notNull())
    .addColumn("place", "text", (c) => c.notNull())
    .addColumn("target_group", "text", (c) => c.notNull())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("people_reached", "integer", (c) => c.notNull())
    .addColumn("feedback", "text")
    .addColumn("recorded_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("recorded_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("education_activities_org_idx")
    .on("education_activities")
    .columns(["org_unit_id", "held_on"])
    .execute();
  await db.schema
    .createIndex("education_activities_campaign_idx")
    .on("education_activities")
    .columns(["campaign_code", "held_on"])
    .execute();

  await db.schema
    .createTable("education_activity_materials")
    .addColumn("activity_id", "integer", (c) => c.notNull().references("education_activities.id"))
    .addColumn("material_id", "integer", (c) => c.notNull().references("marketing_materials.id"))
    .addPrimaryKeyConstraint("education_activity_materials_pk", ["activity_id", "material_id"])
    .execute();

  await db.schema
    .createTable("education_activity_photos")
    .addColumn("id", t.id, id)
    .addColumn("activity_id", "integer", (c) => c.notNull().references("education_activities.id"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("mime", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("data", pg ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("uploaded_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("education_activity_photos_activity_idx")
    .on("education_activity_photos")
    .column("activity_id")
    .execute();

  await sql`INSERT INTO education_campaigns (code, name_zh, name_en, position) VALUES ${sql.join(
    DEFAULT_CAMPAIGNS.map(([code, zh, en], i) => sql`(${code}, ${zh}, ${en}, ${(i + 1) * 10})`),
  )}`.execute(db);
}

/** Drops what `up` made, children first; the records kept in them go too. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "education_activity_photos",
    "education_activity_materials",
    "education_activities",
    "education_plan_months",
    "education_plans",
    "education_campaigns",
  ])
    await db.schema.dropTable(table).execute();
}
