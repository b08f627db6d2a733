import type { Kysely } from "kysely";
import { indexText } from "../../cases/segment.ts";

/**
 * Cases are indexed afresh with the banking words and synonyms (挤提 → 挤兑, 不实消息 → 谣言): cases written
 * before were indexed without them. SQLite's trigger and PostgreSQL's generated column follow search_text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
  const d = db as Kysely<any>;
  const cases: { id: number; title: string; story: string; lessons: string; tags: string }[] = await d
    .selectFrom("cases")
    .select(["id", "title", "story", "lessons", "tags"])
    .execute();
  for (const c of cases) {
    const searchText = indexText([c.title, c.story, c.lessons, ...JSON.parse(c.tags)]);
    await d.updateTable("cases").set({ search_text: searchText }).where("id", "=", c.id).execute();
  }
}

/** Nothing to undo: the richer index serves older code as well (it only holds more words). */
export async function down(): Promise<void> {}
