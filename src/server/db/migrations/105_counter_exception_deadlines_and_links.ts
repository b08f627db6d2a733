import { type Kysely, sql } from "kysely";
import { columnTypes } from "../dialect.ts";

/**
 * Counter exceptions get what seed 003 asks of each one: due times for verification and handling (and when
 * a missed one went to the sub-branch), the root cause and prevention measure recorded at closing, and the
 * legal track of a business dispute. Records of every family are linked through one table, both ways: an
 * incident and the complaint it led to, a system-failure exception and its emergency. The complaint
 * references exceptions held before are carried into it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable("counter_exceptions").addColumn("verify_due_at", t.timestamp).execute();
  await db.schema.alterTable("counter_exceptions").addColumn("handle_due_at", t.timestamp).execute();
  await db.schema.alterTable("counter_exceptions").addColumn("escalated_at", t.timestamp).execute();
  await db.schema.alterTable("counter_exceptions").addColumn("root_cause", "text").execute();
  await db.schema.alterTable("counter_exceptions").addColumn("prevention", "text").execute();
  await db.schema.alterTable("counter_exceptions").addColumn("legal_json", "text").execute();

  await db.schema
    .createTable("record_links")
    .addColumn("id", t.id, (c) => c.primaryKey())
    .addColumn("a_kind", "text", (c) => c.notNull())
    .addColumn("a_id", "integer", (c) => c.notNull())
    .addColumn("b_kind", "text", (c) => c.notNull())
    .addColumn("b_id", "integer", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addUniqueConstraint("record_links_pair_uq", ["a_kind", "a_id", "b_kind", "b_id"])
    .execute();
  // A record's page reads its links from either end.
  await db.schema.createIndex("record_links_b_idx").on("record_links").columns(["b_kind", "b_id"]).execute();

  await sql`
    INSERT INTO record_links (a_kind, a_id, b_kind, b_id, created_by, created_at)
    SELECT 'counter_exception', ce.id, 'complaint', c.id, NULL, ce.reported_at
    FROM counter_exceptions ce JOIN complaints c ON c.ref = ce.complaint_ref
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("record_links").execute();
  for (const column of [
    "verify_due_at",
    "handle_due_at",
    "escalated_at",
    "root_cause",
    "prevention",
    "legal_json",
  ]) {
    await db.schema.alterTable("counter_exceptions").dropColumn(column).execute();
  }
}
