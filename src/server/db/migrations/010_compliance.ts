import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/** 消保审查: compliance rules as data, and marketing materials with frozen, reviewed versions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable("compliance_rules")
    .addColumn("id", t.id, id)
    .addColumn("code", "text", (c) => c.notNull().unique())
    // null: a bank-wide rule shipped with the product; else the unit whose subtree the rule applies to.
    .addColumn("org_unit_id", "integer", (c) => c.references("org_units.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("applies_to", "text", (c) => c.notNull())
    .addColumn("material_types", "text")
    .addColumn("patterns", "text", (c) => c.notNull())
    .addColumn("allow_patterns", "text", (c) => c.notNull())
    .addColumn("mentions", "text", (c) => c.notNull())
    .addColumn("negatable", "integer", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("suggestion", "text", (c) => c.notNull())
    .addColumn("disabled_at", t.timestamp)
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("compliance_rules_org_idx")
    .on("compliance_rules")
    .columns(["org_unit_id", "id"])
    .execute();

  await db.schema
    .createTable("marketing_materials")
    .addColumn("id", t.id, id)
    .addColumn("ref", "text", (c) => c.notNull().unique())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("material_type", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("current_version", "integer", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("marketing_materials_org_idx")
    .on("marketing_materials")
    .columns(["org_unit_id", "id"])
    .execute();
  await db.schema
    .createIndex("marketing_materials_status_idx")
    .on("marketing_materials")
    .columns(["status", "id"])
    .execute();

  await db.schema
    .createTable("material_versions")
    .addColumn("id", t.id, id)
    .addColumn("material_id", "integer", (c) => c.notNull().references("marketing_materials.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("attachment_name", "text")
    .addColumn("attachment_type", "text")
    .addColumn("attachment_base64", "text")
    .addColumn("findings_json", "text", (c) => c.notNull())
    .addColumn("error_count", "integer", (c) => c.notNull())
    .addColumn("warning_count", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("submitted_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("submitted_at", t.timestamp, (c) => c.notNull())
    .addColumn("reviewed_by", "integer", (c) => c.references("users.id"))
    .addColumn("reviewed_at", t.timestamp)
    .addColumn("review_comment", "text")
    .addUniqueConstraint("material_versions_number_uq", ["material_id", "version"])
    .execute();

  // An approved version is frozen: the database refuses to change its text, as it refuses audit edits.
  if (isPostgres(db)) {
    await sql`CREATE FUNCTION material_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'approved' OR NEW.body <> OLD.body OR NEW.title <> OLD.title THEN
          RAISE EXCEPTION 'a submitted material version is frozen';
        END IF;
        RETURN NEW;
      END $$`.execute(db);
    await sql`CREATE TRIGGER material_versions_no_edit BEFORE UPDATE ON material_versions
      FOR EACH ROW EXECUTE FUNCTION material_versions_frozen()`.execute(db);
  } else {
    await sql`CREATE TRIGGER material_versions_no_edit BEFORE UPDATE ON material_versions
      WHEN OLD.status = 'approved' OR NEW.body <> OLD.body OR NEW.title <> OLD.title
      BEGIN SELECT RAISE(ABORT, 'a submitted material version is frozen'); END`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error("The compliance migration cannot be reverted");
}
