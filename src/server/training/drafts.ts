import type { Kysely } from "kysely";
import type { z } from "zod";
import { RULE_NAMES } from "../../domain/compliance/vocabulary.ts";
import { CATEGORIES, isCategoryCode } from "../../domain/incidents/categories.ts";
import type { PlaybookContent } from "../../domain/knowhow/playbook.ts";
import {
  draftsFromCase,
  draftsFromPlaybook,
  draftsFromRule,
  draftsFromScript,
} from "../../domain/training/drafts.ts";
import type { material, questionDrafts, questionSources } from "../../domain/training/schema.ts";
import type { MaterialKind } from "../../domain/training/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import { enabledRulesFor } from "../compliance/store.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { invalid } from "../http/errors.ts";
import { appliedScripts, appliedVersions } from "../knowhow/store.ts";

type Source = z.infer<typeof material>;

const ruleTitle = (code: string, message: string) => `${RULE_NAMES[code]?.zh ?? code}：${message}`;

function publishedCases(db: Kysely<Database>) {
  return db
    .selectFrom("cases")
    .select(["id", "ref", "title", "story", "lessons"])
    .where("status", "=", "published");
}

const categoryName = (key: string) => (isCategoryCode(key) ? CATEGORIES[key].label.zh : key);
const playbookTitle = (key: string, versionNo: number) => `${categoryName(key)} · v${versionNo}`;

/** The path of `orgUnitId` when it lies in the caller's subtree (field named if not); else the caller's own. */
async function unitPath(db: Kysely<Database>, caller: Caller, orgUnitId: number | undefined) {
  if (orgUnitId === undefined) return caller.scopePath;
  const unit = await db
    .selectFrom("org_units")
    .select("path")
    .where("id", "=", orgUnitId)
    .where(startsWith("path", caller.scopePath))
    .executeTakeFirst();
  if (!unit) throw invalid("orgUnitId", "training.unit_outside");
  return unit.path;
}

/**
 * What questions can be drafted from, or a session can link, of one kind: the scripts, enabled rules and
 * playbooks that apply at the caller's unit (or at `orgUnitId` in their subtree, a session's), and the
 * published cases (which are the whole bank's to learn from), newest first.
 */
export async function listQuestionSources(
  db: Kysely<Database>,
  caller: Caller,
  kind: MaterialKind,
  orgUnitId?: number,
): Promise<z.infer<typeof questionSources>> {
  const path = await unitPath(db, caller, orgUnitId);
  if (kind === "script") {
    const scripts = await appliedScripts(db, path);
    return { items: scripts.map((s) => ({ ref: s.key, title: s.content.title })) };
  }
  if (kind === "rule") {
    const rules = await enabledRulesFor(db, path);
    return { items: rules.map((r) => ({ ref: String(r.id), title: ruleTitle(r.code, r.message) })) };
  }
  if (kind === "playbook") {
    const playbooks = await appliedVersions(db, "playbook", path);
    return { items: playbooks.map((p) => ({ ref: p.key, title: playbookTitle(p.key, p.versionNo) })) };
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
  if (source.kind === "playbook") {
    const [playbook] = isCategoryCode(source.ref)
      ? await appliedVersions<PlaybookContent>(db, "playbook", caller.scopePath, source.ref)
      : [];
    if (!playbook) throw unknown();
    const title = playbookTitle(playbook.key, playbook.versionNo);
    return {
      source: { ...source, title },
      items: draftsFromPlaybook({
        key: playbook.key,
        title: categoryName(playbook.key),
        tasks: playbook.content.tasks,
      }),
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
