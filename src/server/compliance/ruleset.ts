import type { Kysely } from "kysely";
import {
  type CheckContext,
  type CompiledRules,
  checkText,
  compileRules,
} from "../../domain/compliance/matcher.ts";
import type { Database } from "../db/schema.ts";
import { enabledRulesFor, rulesVersion, toRuleSpec } from "./store.ts";

/**
 * Compiled rule sets by the org path they apply to, kept until a rule changes. Checking a text then costs one
 * small aggregate query and a pass of the automaton; compiling the rules happens once (bench/README.md,
 * "Figures once kept in code comments"). Another app instance's edit is seen on the next check, since the
 * version comes from the database.
 */
const caches = new WeakMap<Kysely<Database>, Map<string, { version: string; compiled: CompiledRules }>>();
const MAX_CACHED = 200;

export async function compiledRulesFor(db: Kysely<Database>, path: string): Promise<CompiledRules> {
  const version = await rulesVersion(db, path);
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(path);
  if (hit?.version === version) return hit.compiled;
  const compiled = compileRules((await enabledRulesFor(db, path)).map(toRuleSpec));
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(path, { version, compiled });
  return compiled;
}

/** Checks a text against the rules that apply to someone at `path`. */
export async function checkAt(db: Kysely<Database>, path: string, text: string, ctx: CheckContext) {
  return checkText(await compiledRulesFor(db, path), text, ctx);
}
