import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/**
 * 监管评价自评: the rating sheet as data and each unit's yearly evaluation against it, with files of evidence.
 * The default sheet is our reading of 《银行保险机构消费者权益保护监管评价办法》, to be checked by the bank
 * (README); it is copied here so that the migration never changes with the code.
 */
const DEFAULT_ELEMENTS: [
  code: string,
  zh: string,
  en: string,
  weight: number,
  evZh: string,
  evEn: string,
  sources: string[],
][] = [
  [
    "governance",
    "消保治理架构与工作机制",
    "Consumer-protection governance and working arrangements",
    15,
    "董事会及高管层审议消保工作的记录、消保部门职责与人员配备、年度工作计划及报告",
    "Board and senior-management minutes on consumer protection, the department's remit and staffing, the yearly plan and report",
    [],
  ],
  [
    "review",
    "消保审查",
    "Consumer-protection review",
    15,
    "产品、服务、宣传材料的审查记录及问题整改情况",
    "Review records of products, services and marketing material, and how findings were fixed",
    ["materials"],
  ],
  [
    "disclosure_sales",
    "信息披露与销售行为管理",
    "Disclosure and conduct of sales",
    10,
    "风险提示与告知落实情况、双录及适当性管理抽查记录",
    "How risk warnings and notices are given; spot checks of recorded sales and suitability",
    [],
  ],
  [
    "personal_information",
    "消费者个人信息保护",
    "Protection of customers' personal information",
    10,
    "个人信息保护制度、网点检查中个人信息项的结果、数据安全事件记录",
    "Personal-data rules, the personal-information items of outlet inspections, data-security incidents",
    ["inspections"],
  ],
  [
    "complaints",
    "投诉管理与源头治理",
    "Complaint handling and root-cause work",
    20,
    "投诉数量与按时办结情况、超时投诉、重复投诉分析及整改措施",
    "Complaint numbers and handling on time, missed deadlines, analysis of repeats and what was changed",
    ["complaints"],
  ],
  [
    "education",
    "金融知识宣传教育",
    "Financial education of the public",
    10,
    "年度宣教计划及审批、“3·15”、金融知识进万家、金融知识万里行等活动开展情况",
    "The yearly education plans and their approval; the 15 March, 金融知识进万家 and 金融知识万里行 activities held",
    ["campaigns"],
  ],
  [
    "training_supervision",
    "内部培训、考核与监督检查",
    "Staff training, assessment and internal checks",
    10,
    "消保培训记录与考核结果、网点检查及整改闭环情况",
    "Training records and assessment results; outlet inspections and how their rectifications were closed",
    ["inspections"],
  ],
  [
    "special_groups",
    "老年人及特殊群体服务",
    "Service for older customers and other groups with special needs",
    10,
    "适老化服务设施检查结果、面向老年人等群体的宣传教育活动",
    "Inspection results on services for older customers; education activities for them and other such groups",
    ["inspections", "campaigns"],
  ],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const pg = isPostgres(db);
  const id = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable("rating_elements")
    .addColumn("id", t.id, id)
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("title_zh", "text", (c) => c.notNull())
    .addColumn("title_en", "text", (c) => c.notNull())
    .addColumn("weight", "integer", (c) => c.notNull())
    .addColumn("evidence_zh", "text", (c) => c.notNull())
    .addColumn("evidence_en", "text", (c) => c.notNull())
    .addColumn("sources", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("disabled_at", t.timestamp)
    .execute();

  await db.schema
    .createTable("self_evaluations")
    .addColumn("id", t.id, id)
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("prepared_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("signed_off_by", "integer", (c) => c.references("users.id"))
    .addColumn("signed_off_at", t.timestamp)
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .addUniqueConstraint("self_evaluations_unit_year", ["org_unit_id", "year"])
    .execute();

  // Each element copied at the start, so a later edit of the sheet leaves the evaluations already made.
  await db.schema
    .createTable("self_evaluation_items")
    .addColumn("id", t.id, id)
    .addColumn("evaluation_id", "integer", (c) => c.notNull().references("self_evaluations.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("title_zh", "text", (c) => c.notNull())
    .addColumn("title_en", "text", (c) => c.notNull())
    .addColumn("weight", "integer", (c) => c.notNull())
    .addColumn("evidence_zh", "text", (c) => c.notNull())
    .addColumn("evidence_en", "text", (c) => c.notNull())
    .addColumn("sources", "text", (c) => c.notNull())
    .addColumn("score", "real")
    .addColumn("comment", "text")
    .execute();
  await db.schema
    .createIndex("self_evaluation_items_evaluation_idx")
    .on("self_evaluation_items")
    .columns(["evaluation_id", "position"])
    .execute();

  await db.schema
    .createTable("self_evaluation_files")
    .addColumn("id", t.id, id)
    .addColumn("evaluation_id", "integer", (c) => c.notNull().references("self_evaluations.id"))
    .addColumn("item_id", "integer", (c) => c.notNull().references("self_evaluation_items.id"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("mime", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("data", pg ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("uploaded_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("self_evaluation_files_evaluation_idx")
    .on("self_evaluation_files")
    .column("evaluation_id")
    .execute();

  await sql`INSERT INTO rating_elements (code, title_zh, title_en, weight, evidence_zh, evidence_en, sources, position)
    VALUES ${sql.join(
      DEFAULT_ELEMENTS.map(
        ([code, zh, en, weight, evZh, evEn, sources], i) =>
          sql`(${code}, ${zh}, ${en}, ${weight}, ${evZh}, ${evEn}, ${JSON.stringify(sources)}, ${(i + 1) * 10})`,
      ),
    )}`.execute(db);
}

/** Drops what `up` made, children first; the records kept in them go too. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "self_evaluation_files",
    "self_evaluation_items",
    "self_evaluations",
    "rating_elements",
  ])
    await db.schema.dropTable(table).execute();
}
