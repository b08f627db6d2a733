import type { Kysely } from "kysely";

/**
 * Complaint statistics count a whole subtree over years (a million rows at a head office). This index holds
 * every column the figures read, in the order the scope join reaches them (unit, then kind and period), so
 * the database answers from the index alone instead of visiting each row (bench/README.md, "Figures once kept
 * in code comments").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("complaints_figures_idx")
    .on("complaints")
    .columns([
      "org_unit_id",
      "kind",
      "received_at",
      "status",
      "decided_at",
      "decision_due_at",
      "breached_at",
      "grade",
      "channel_code",
      "business_category_code",
      "cause_code",
      "complainant_key",
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("complaints_figures_idx").execute();
}
