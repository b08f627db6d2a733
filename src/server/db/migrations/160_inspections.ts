import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/**
 * 网点检查: the checklist an administrator keeps (seeded with our default prevention items), the inspections a
 * sub-branch runs at its outlets with one result row per item, their photos, and the rectification task each
 * failed item becomes. The defaults are copied here so that the migration never changes with the code.
 */
const DEFAULT_ITEMS: [code: string, zh: string, en: string][] = [
  [
    "emergency_plan",
    "应急预案及处置流程图已在网点公示",
    "Emergency plan and response chart posted in the outlet",
  ],
  [
    "first_aid_kit",
    "急救药箱配备齐全，药品在有效期内",
    "First-aid kit complete, medicines within their dates",
  ],
  ["aed", "AED 除颤仪状态正常，有经过培训的员工在岗", "AED in working order, with trained staff on duty"],
  [
    "emergency_numbers",
    "各柜台张贴应急联系电话（110、120、支行值班电话、技术支持）",
    "Emergency numbers at every counter (110, 120, sub-branch duty line, technical support)",
  ],
  ["drills_current", "本季度应急演练已开展并留有记录", "This quarter's emergency drill held and recorded"],
  [
    "marketing_approved",
    "在展宣传材料均已通过消保审查",
    "Every marketing material on display has passed the review",
  ],
  [
    "consumer_rights_notice",
    "消费者权益告知、投诉渠道及处理流程已公示",
    "Consumer-rights notice, complaint channels and procedure on display",
  ],
  [
    "personal_information",
    "客户资料妥善保管，含个人信息的废弃单据及时销毁",
    "Customer documents kept locked; discarded papers with personal data shredded promptly",
  ],
  [
    "product_risk_disclosure",
    "理财产品风险提示及“理财非存款”告知醒目公示",
    "Wealth products' risk warnings and the not-a-deposit notice clearly displayed",
  ],
  [
    "elderly_services",
    "适老服务到位：爱心窗口、老花镜、放大镜、休息座椅",
    "Services for older customers in place: priority window, reading glasses, magnifier, seats",
  ],
  ["fire_safety", "消防通道畅通，灭火器在有效期内", "Fire exits clear, extinguishers within their dates"],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const pg = isPostgres(db);
  const id = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  const bytes = pg ? "bytea" : "blob";

  await db.schema
    .createTable("inspection_checklist_items")
    .addColumn("id", t.id, id)
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("label_zh", "text", (c) => c.notNull())
    .addColumn("label_en", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("disabled_at", t.timestamp)
    .execute();

  await db.schema
    .createTable("inspections")
    .addColumn("id", t.id, id)
    .addColumn("ref", "text", (c) => c.notNull().unique())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("inspector_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("summary", "text")
    .addColumn("started_at", t.timestamp, (c) => c.notNull())
    .addColumn("submitted_at", t.timestamp)
    .addColumn("closed_at", t.timestamp)
    .execute();
  await db.schema
    .createIndex("inspections_org_idx")
    .on("inspections")
    .columns(["org_unit_id", "id"])
    .execute();

  await db.schema
    .createTable("inspection_results")
    .addColumn("id", t.id, id)
    .addColumn("inspection_id", "integer", (c) => c.notNull().references("inspections.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("label_zh", "text", (c) => c.notNull())
    .addColumn("label_en", "text", (c) => c.notNull())
    .addColumn("outcome", "text")
    .addColumn("note", "text")
    .addColumn("owner_id", "integer", (c) => c.references("users.id"))
    .addColumn("due_on", "text")
    .execute();
  await db.schema
    .createIndex("inspection_results_inspection_idx")
    .on("inspection_results")
    .columns(["inspection_id", "position"])
    .execute();

  await db.schema
    .createTable("rectifications")
    .addColumn("id", t.id, id)
    .addColumn("inspection_id", "integer", (c) => c.notNull().references("inspections.id"))
    .addColumn("result_id", "integer", (c) => c.notNull().unique().references("inspection_results.id"))
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("owner_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("due_at", t.timestamp, (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("overdue_at", t.timestamp)
    .addColumn("evidence_note", "text")
    .addColumn("closed_at", t.timestamp)
    .addColumn("closed_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("rectifications_org_idx")
    .on("rectifications")
    .columns(["org_unit_id", "status", "id"])
    .execute();
  await db.schema
    .createIndex("rectifications_owner_idx")
    .on("rectifications")
    .columns(["owner_id", "status", "id"])
    .execute();
  await db.schema
    .createIndex("rectifications_inspection_idx")
    .on("rectifications")
    .column("inspection_id")
    .execute();

  // A photo is of one finding (result_id) or of one rectification's evidence (rectification_id).
  await db.schema
    .createTable("inspection_photos")
    .addColumn("id", t.id, id)
    .addColumn("inspection_id", "integer", (c) => c.notNull().references("inspections.id"))
    .addColumn("result_id", "integer", (c) => c.references("inspection_results.id"))
    .addColumn("rectification_id", "integer", (c) => c.references("rectifications.id"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("mime", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("data", bytes, (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("uploaded_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("inspection_photos_inspection_idx")
    .on("inspection_photos")
    .column("inspection_id")
    .execute();

  await sql`INSERT INTO inspection_checklist_items (code, label_zh, label_en, position) VALUES ${sql.join(
    DEFAULT_ITEMS.map(([code, zh, en], i) => sql`(${code}, ${zh}, ${en}, ${(i + 1) * 10})`),
  )}`.execute(db);
}

/** Drops what `up` made, children first; the records kept in them go too. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "inspection_photos",
    "rectifications",
    "inspection_results",
    "inspections",
    "inspection_checklist_items",
  ])
    await db.schema.dropTable(table).execute();
}
