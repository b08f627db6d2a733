import type { Kysely } from "kysely";

/**
 * Each warnings tick counts the complaints of the last thirteen weeks per outlet and category (the spike
 * baselines, about 83,000 rows at a million complaints): an index holding every column that count reads
 * answers it without visiting the table, and the still-open ones among older complaints are found from the
 * index's `ended_at` alone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("complaints_arrivals_idx")
    .on("complaints")
    .columns(["received_at", "kind", "org_unit_id", "business_category_code", "ended_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("complaints_arrivals_idx").execute();
}
