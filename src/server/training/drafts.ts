import type { Kysely } from "kysely";
import type { z } from "zod";
import { RULE_NAMES } from "../../domain/compliance/vocabulary.ts";
import { draftsFromCase, draftsFromRule, draftsFromScript } from "../../domain/training/drafts.ts";
import type { material, questionDrafts, questionSources } from "../../domain/training/schema.ts";
import type { MaterialKind } from "../../domain/training/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import { enabledRulesFor } from "../compliance/store.ts";
import type { Database } from "../db/schema.ts";
import { invalid } from "../http/errors.ts";
import { appliedScripts } from "../knowhow/store.ts";

type Source = z.infer<typeof material>;

const ruleTitle = (code: string, message: string) => `${RULE_NAMES[code]?.zh ?? code}：${message}`;

function publishedCases(db: Kysely<Database>) {
  return db
    .selectFrom("cases")
    .select(["id", "ref", "title", "story", "lessons"])
    .where("status", "=", "published");
}

/**
 * What questions can be drafted from, of one kind: the scripts and enabled rules that apply at the caller's
 * unit, and the published cases (which are the whole bank's to learn from), newest first.
 */
export async function listQuestionSources(
  db: Kysely<Database>,
  caller: Caller,
  kind: MaterialKind,
): Promise<z.infer<typeof questionSources>> {
  if (kind === "script") {
    const scripts = await appliedScripts(db, caller.scopePath);
    return { items: scripts.map((s) => ({ ref: s.key, title: s.content.title })) };
  }
  if (kind === "rule") {
    const rules = await enabledRulesFor(db, caller.scopePath);
    return { items: rules.map((r) => ({ ref: String(r.id), title: ruleTitle(r.code, r.message) })) };
  }
  const cases = await publishedCases(db).orderBy("id", "desc").limit(500).execute();
  return { items: cases.map((c) => ({ ref: String(c.id), title: `${c.ref} ${c.title}` })) };
}

/** Draft questions from one source; a source the caller cannot see is refused naming `ref`. */
export async function draftQuestions(
  db: Kysely<Database>,
  caller: Caller,
  source: Source,
): Promise<z.infer<typeof questionDrafts>> {
  const unknown = () => invalid("ref", "training.material_unknown", { ref: source.ref });
  if (source.kind === "script") {
    const [script] = await appliedScripts(db, caller.scopePath, source.ref);
    if (!script) throw unknown();
    return {
      source: { ...source, title: script.content.title },
      items: draftsFromScript({ id: script.key, ...script.content }),
    };
  }
  const id = /^\d{1,9}$/.test(source.ref) ? Number(source.ref) : null;
  if (id === null) throw unknown();
  if (source.kind === "rule") {
    const rule = (await enabledRulesFor(db, caller.scopePath)).find((r) => r.id === id);
    if (!rule) throw unknown();
    return { source: { ...source, title: ruleTitle(rule.code, rule.message) }, items: draftsFromRule(rule) };
  }
  const found = await publishedCases(db).where("id", "=", id).executeTakeFirst();
  if (!found) throw unknown();
  return { source: { ...source, title: `${found.ref} ${found.title}` }, items: draftsFromCase(found) };
}
