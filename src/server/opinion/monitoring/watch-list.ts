import type { Kysely } from "kysely";
import { compileWatchList, type WatchList, type WatchRule } from "../../../domain/opinion/watch.ts";
import { changeToken, HeldByToken } from "../../db/change-tokens.ts";
import type { Database } from "../../db/schema.ts";

// The compiling itself is held, so that mentions arriving while it runs wait for it instead of compiling too.
const held = new HeldByToken<Promise<WatchList>>();

/**
 * The rules in force, compiled: every unit's own name (the bank and each outlet are watched without anyone
 * typing them), and the rules administrators and branches added. A bank-wide rule belongs to the root unit.
 * Compiled again only when the units or the rules have changed (migration 203's token): compiling thousands
 * of names for every mention was most of an ingest's work and the garbage it left behind.
 */
export async function loadWatchList(db: Kysely<Database>): Promise<WatchList> {
  const { token } = await changeToken(db, "watch_list").executeTakeFirstOrThrow();
  const compiled = held.get(token);
  if (compiled) return compiled;
  const compiling = held.set(token, compiledWatchList(db));
  compiling.catch(() => held.delete(token));
  return compiling;
}

async function compiledWatchList(db: Kysely<Database>): Promise<WatchList> {
  const units = await db.selectFrom("org_units").select(["id", "name", "path", "parent_id"]).execute();
  const root = units.find((u) => u.parent_id === null);
  const byId = new Map(units.map((u) => [u.id, u]));
  const rules = await db
    .selectFrom("opinion_watch_rules")
    .select(["id", "kind", "phrase", "org_unit_id"])
    .where("disabled_at", "is", null)
    .execute();
  const list: WatchRule[] = units.map((u) => ({
    id: -u.id,
    kind: "name",
    phrase: u.name,
    orgUnitId: u.id,
    orgPath: u.path,
  }));
  for (const r of rules) {
    const unit = r.org_unit_id === null ? root : byId.get(r.org_unit_id);
    if (!unit) continue;
    list.push({ id: r.id, kind: r.kind, phrase: r.phrase, orgUnitId: unit.id, orgPath: unit.path });
  }
  return compileWatchList(list);
}
