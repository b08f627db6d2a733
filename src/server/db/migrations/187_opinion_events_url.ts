import type { Kysely } from "kysely";

/** A mention that carries reach figures finds the events recorded with its link: a lookup by URL. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex("opinion_events_url_idx").on("opinion_events").column("url").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("opinion_events_url_idx").execute();
}
