import type { Kysely } from "kysely";

/**
 * The "mentions growing fast" warning rule reads each tick the matched mentions online of the last four
 * weeks, across the bank: a range on the time they were published, whatever the number of units.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("opinion_mentions_published_idx")
    .on("opinion_mentions")
    .columns(["published_at", "candidate_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("opinion_mentions_published_idx").execute();
}
