import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Locale } from "../../domain/common/messages.ts";
import { CATEGORIES, isCategoryCode } from "../../domain/incidents/categories.ts";
import { counterGuidanceContent } from "../../domain/knowhow/counter-guidance.ts";
import { playbookContent } from "../../domain/knowhow/playbook.ts";
import { scriptContent } from "../../domain/knowhow/schema.ts";
import type { KnowhowKind } from "../../domain/knowhow/vocabulary.ts";
import type { Database } from "../db/schema.ts";

/** How one kind of know-how is served: its path under /api/knowhow, its content, and the names of its items. */
export interface KindRoute {
  kind: KnowhowKind;
  path: string;
  content: z.ZodTypeAny;
  /** The names of the items in the editor's list, by key, in the reader's language. */
  titles(db: Kysely<Database>, items: { key: string; content: unknown }[], locale: Locale): Promise<string[]>;
}

export const KIND_ROUTES: KindRoute[] = [
  {
    kind: "script",
    path: "scripts",
    content: scriptContent,
    titles: async (_db, items) => items.map((i) => (i.content as { title: string }).title),
  },
  {
    kind: "playbook",
    path: "playbooks",
    content: playbookContent,
    titles: async (_db, items, locale) =>
      items.map((i) => (isCategoryCode(i.key) ? CATEGORIES[i.key].label[locale] : i.key)),
  },
  {
    kind: "counter-guidance",
    path: "counter-guidance",
    content: counterGuidanceContent,
    async titles(db, items, locale) {
      const types = await db
        .selectFrom("counter_exception_types")
        .select(["code", "label_zh", "label_en"])
        .execute();
      const label = new Map(types.map((t) => [t.code, locale === "zh" ? t.label_zh : t.label_en]));
      return items.map((i) => label.get(i.key) ?? i.key);
    },
  },
];
