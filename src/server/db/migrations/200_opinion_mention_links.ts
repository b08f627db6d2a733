import type { Kysely } from "kysely";

/**
 * The posts each mention points at (its own address and those quoted in it, in canonical form), so a
 * mention joins the day's candidate of a mention about the same post: a lookup by link. Mentions taken in
 * before this migration have none and group by their risk words only, as they did.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("opinion_mention_links")
    .addColumn("mention_id", "integer", (c) => c.notNull().references("opinion_mentions.id"))
    .addColumn("link", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("opinion_mention_links_pk", ["mention_id", "link"])
    .execute();
  await db.schema
    .createIndex("opinion_mention_links_link_idx")
    .on("opinion_mention_links")
    .columns(["link", "mention_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("opinion_mention_links").execute();
}
