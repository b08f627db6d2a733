import type { Db } from "../db/database.ts";

type Names = Promise<{ id: number; name: string }[]>;

/** Where each kind of record keeps the name people know it by, when its audit entries carry its numeric id. */
const NAMED: Record<string, (db: Db, ids: number[]) => Names> = {
  complaint: (db, ids) =>
    db.selectFrom("complaints").select(["id", "ref as name"]).where("id", "in", ids).execute(),
  counter_exception: (db, ids) =>
    db.selectFrom("counter_exceptions").select(["id", "ref as name"]).where("id", "in", ids).execute(),
  incident: (db, ids) =>
    db.selectFrom("incidents").select(["id", "ref as name"]).where("id", "in", ids).execute(),
  case: (db, ids) => db.selectFrom("cases").select(["id", "ref as name"]).where("id", "in", ids).execute(),
  marketing_material: (db, ids) =>
    db.selectFrom("marketing_materials").select(["id", "ref as name"]).where("id", "in", ids).execute(),
  compliance_rule: (db, ids) =>
    db.selectFrom("compliance_rules").select(["id", "code as name"]).where("id", "in", ids).execute(),
  user: (db, ids) =>
    db.selectFrom("users").select(["id", "username as name"]).where("id", "in", ids).execute(),
  org_unit: (db, ids) =>
    db.selectFrom("org_units").select(["id", "name as name"]).where("id", "in", ids).execute(),
};

/** Records whose audit entries carry the name itself (a date, a type code). */
const SELF_NAMED = new Set(["calendar_day", "counter_exception_type", "complaint_category"]);

export const refKey = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

/**
 * The references of the records a page of audit entries is about (CMP-20261205-0001, a username, a unit's
 * name), one query per kind of record, keyed by refKey. A record the vocabulary above does not name is left out.
 */
export async function recordRefs(
  db: Db,
  entries: readonly { entityType: string; entityId: string | null }[],
): Promise<Map<string, string>> {
  const refs = new Map<string, string>();
  const wanted = new Map<string, Set<number>>();
  for (const { entityType, entityId } of entries) {
    if (entityId === null) continue;
    if (SELF_NAMED.has(entityType)) refs.set(refKey(entityType, entityId), entityId);
    if (!Object.hasOwn(NAMED, entityType) || !/^\d+$/.test(entityId)) continue;
    wanted.set(entityType, (wanted.get(entityType) ?? new Set()).add(Number(entityId)));
  }
  await Promise.all(
    [...wanted].map(async ([type, ids]) => {
      for (const r of await NAMED[type](db, [...ids])) refs.set(refKey(type, String(r.id)), r.name);
    }),
  );
  return refs;
}
