import type { Kysely } from "kysely";
import type { z } from "zod";
import { allowedActions } from "../../domain/knowhow/policy.ts";
import type { ScriptContent, versionOf } from "../../domain/knowhow/schema.ts";
import type { KnowhowKind } from "../../domain/knowhow/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { improvementsOfVersions } from "./improvements.ts";

type Version = z.infer<ReturnType<typeof versionOf<z.ZodUnknown>>>;

/** The paths of the unit at `path` and of every unit above it, head office first. */
export function pathsUp(path: string): string[] {
  const ids = path.split("/").filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join("/")}/`);
}

/** The unit whose version the caller drafts: null (the whole bank) at head office, else their own unit. */
export const editUnitOf = (caller: Caller): number | null =>
  caller.user.orgUnit.parentId === null ? null : caller.user.orgUnit.id;

/** Whether an item of the unit at `path` (null: the whole bank) lies in the caller's subtree. */
export const itemInScope = (caller: Caller, path: string | null): boolean =>
  path === null ? caller.user.orgUnit.parentId === null : path.startsWith(caller.scopePath);

export interface Applied<C> {
  key: string;
  versionId: number;
  versionNo: number;
  content: C;
}

/**
 * The published versions of a kind of know-how that apply at `path`: for each key the one of the nearest unit
 * on the way up to head office, so a branch's own version wins in its subtree. In the order the items were added.
 */
export async function appliedVersions<C>(
  db: Kysely<Database>,
  kind: KnowhowKind,
  path: string,
  key?: string,
): Promise<Applied<C>[]> {
  let q = db
    .selectFrom("knowhow_versions as v")
    .innerJoin("knowhow_items as i", "i.id", "v.item_id")
    .leftJoin("org_units as o", "o.id", "i.org_unit_id")
    .select(["v.id", "v.version_no", "v.content_json", "i.key", "o.path"])
    .where("i.kind", "=", kind)
    .where("v.status", "=", "published")
    .where((eb) => eb.or([eb("i.org_unit_id", "is", null), eb("o.path", "in", pathsUp(path))]));
  if (key) q = q.where("i.key", "=", key);
  const rows = await q.orderBy("i.id").execute();
  const nearest = new Map<string, { depth: number; applied: Applied<C> }>();
  for (const r of rows) {
    const depth = r.path?.length ?? 0;
    if ((nearest.get(r.key)?.depth ?? -1) >= depth) continue;
    const content = JSON.parse(r.content_json) as C;
    nearest.set(r.key, { depth, applied: { key: r.key, versionId: r.id, versionNo: r.version_no, content } });
  }
  return [...nearest.values()].map((n) => n.applied);
}

export type AppliedScript = Applied<ScriptContent>;

/** The published scripts that apply at `path` (see appliedVersions). */
export const appliedScripts = (db: Kysely<Database>, path: string, key?: string) =>
  appliedVersions<ScriptContent>(db, "script", path, key);

/** The content of one version, whatever its status: what a record that keeps its version reads. */
export async function versionContent<C>(db: Kysely<Database>, id: number): Promise<C> {
  const row = await db
    .selectFrom("knowhow_versions")
    .select("content_json")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.content_json) as C;
}

/**
 * The versions of one item an editor sees, newest first: the whole bank's, those of the units above the
 * caller, and those of their own subtree, each with what the caller may do with it.
 */
export async function itemVersions(
  db: Kysely<Database>,
  caller: Caller,
  kind: KnowhowKind,
  key: string,
): Promise<Version[]> {
  const rows = await db
    .selectFrom("knowhow_versions as v")
    .innerJoin("knowhow_items as i", "i.id", "v.item_id")
    .leftJoin("org_units as o", "o.id", "i.org_unit_id")
    .leftJoin("users as a", "a.id", "v.author_id")
    .leftJoin("users as p", "p.id", "v.publisher_id")
    .select([
      "v.id",
      "v.version_no",
      "v.status",
      "v.content_json",
      "v.author_id",
      "v.created_at",
      "v.published_at",
      "i.key",
      "i.org_unit_id",
      "o.path",
      "o.name as org_name",
      "a.display_name as author",
      "p.display_name as publisher",
    ])
    .where("i.kind", "=", kind)
    .where("i.key", "=", key)
    .where((eb) =>
      eb.or([
        eb("i.org_unit_id", "is", null),
        eb("o.path", "in", pathsUp(caller.scopePath)),
        startsWith("o.path", caller.scopePath),
      ]),
    )
    .orderBy("v.id", "desc")
    .execute();
  const actor = { id: caller.user.id, role: caller.user.role };
  const linked = await improvementsOfVersions(
    db,
    caller,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const state = { status: r.status, authorId: r.author_id };
    const mine = r.org_unit_id === editUnitOf(caller);
    return {
      id: r.id,
      kind,
      key: r.key,
      versionNo: r.version_no,
      status: r.status,
      orgUnitId: r.org_unit_id,
      orgUnitName: r.org_name,
      content: JSON.parse(r.content_json) as unknown,
      author: r.author,
      createdAt: r.created_at,
      publisher: r.publisher,
      publishedAt: r.published_at,
      allowedActions: itemInScope(caller, r.path)
        ? allowedActions(state, actor).filter((a) => a === "publish" || mine)
        : [],
      improvements: linked.get(r.id) ?? [],
    };
  });
}
