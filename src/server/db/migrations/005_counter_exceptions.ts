import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/** The seven default types of DOMAIN.md §4, as they were when this migration landed. */
const DEFAULT_TYPES = [
  { code: "identity_data_error", zh: "客户身份信息错误", en: "Customer identity data error" },
  { code: "account_data_error", zh: "账户信息错误", en: "Account data error" },
  { code: "transaction_data_error", zh: "交易数据错误", en: "Transaction data error" },
  { code: "system_failure", zh: "系统或设备故障", en: "System or device failure" },
  { code: "counter_complaint", zh: "客户柜面投诉", en: "Customer complaint at the counter" },
  { code: "business_dispute", zh: "业务纠纷", en: "Business dispute" },
  { code: "other", zh: "其他", en: "Other" },
];

/** Counter exceptions (柜面异常): their types, the register itself, its timeline and who may verify. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable("counter_exception_types")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("label_zh", "text", (c) => c.notNull())
    .addColumn("label_en", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("disabled_at", t.timestamp)
    .execute();
  // biome-ignore lint/suspicious/noExplicitAny: migrations run on an untyped Kysely
  await (db as Kysely<any>)
    .insertInto("counter_exception_types")
    .values(
      DEFAULT_TYPES.map((type, i) => ({
        code: type.code,
        label_zh: type.zh,
        label_en: type.en,
        sort_order: (i + 1) * 10,
      })),
    )
    .execute();

  await db.schema
    .createTable("counter_exceptions")
    .addColumn("id", t.id, id)
    .addColumn("ref", "text", (c) => c.notNull().unique())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("type", "text", (c) => c.notNull().references("counter_exception_types.code"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    // Yuan as a decimal string ("1234.50"): exact on both engines and never summed in SQL.
    .addColumn("amount", "text")
    .addColumn("transaction_ref", "text")
    .addColumn("customer_name", "text")
    .addColumn("customer_phone", "text")
    .addColumn("customer_id_number", "text")
    .addColumn("customer_account_no", "text")
    .addColumn("immediate_action", "text")
    .addColumn("reported_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("reported_at", t.timestamp, (c) => c.notNull())
    .addColumn("pattern_count", "integer", (c) => c.notNull())
    .addColumn("verify_outcome", "text")
    .addColumn("findings", "text")
    .addColumn("original_type", "text")
    .addColumn("consultations_json", "text")
    .addColumn("verified_by", "integer", (c) => c.references("users.id"))
    .addColumn("verified_at", t.timestamp)
    .addColumn("corrective_actions_json", "text")
    .addColumn("handling_detail", "text")
    .addColumn("handled_by", "integer", (c) => c.references("users.id"))
    .addColumn("handling_recorded_by", "integer", (c) => c.references("users.id"))
    .addColumn("handled_at", t.timestamp)
    .addColumn("follow_up_due_at", t.timestamp)
    .addColumn("closed_at", t.timestamp)
    .addColumn("complaint_ref", "text")
    .execute();
  // The list (newest first within a subtree), the pattern window and the overdue filter each read an index.
  await db.schema
    .createIndex("counter_exceptions_unit_idx")
    .on("counter_exceptions")
    .columns(["org_unit_id", "id"])
    .execute();
  await db.schema
    .createIndex("counter_exceptions_pattern_idx")
    .on("counter_exceptions")
    .columns(["org_unit_id", "type", "reported_at"])
    .execute();
  await db.schema
    .createIndex("counter_exceptions_reporter_idx")
    .on("counter_exceptions")
    .columns(["reported_by", "id"])
    .execute();
  await sql`CREATE INDEX counter_exceptions_open_due_idx ON counter_exceptions (follow_up_due_at) WHERE status = 'handled'`.execute(
    db,
  );

  await db.schema
    .createTable("counter_exception_events")
    .addColumn("id", t.id, id)
    .addColumn("exception_id", "integer", (c) => c.notNull().references("counter_exceptions.id"))
    .addColumn("step", "text", (c) => c.notNull())
    .addColumn("actor_id", "integer", (c) => c.references("users.id"))
    .addColumn("at", t.timestamp, (c) => c.notNull())
    .addColumn("data_json", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("counter_exception_events_exception_idx")
    .on("counter_exception_events")
    .columns(["exception_id", "id"])
    .execute();

  // Roles an administrator allows to verify at a unit and the outlets below it, besides the outlet head.
  await db.schema
    .createTable("counter_exception_verifier_grants")
    .addColumn("id", t.id, id)
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addUniqueConstraint("counter_exception_verifier_grants_unique", ["role", "org_unit_id"])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error("The counter-exceptions migration cannot be reverted");
}
