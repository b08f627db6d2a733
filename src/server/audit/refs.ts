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

/** The kind of record behind each reference prefix, and where its references are kept. */
const BY_PREFIX: Record<
  string,
  { entityType: string; find: (db: Db, ref: string) => Promise<{ id: number }[]> }
> = {
  CMP: {
    entityType: "complaint",
    find: (db, ref) => db.selectFrom("complaints").select("id").where("ref", "=", ref).execute(),
  },
  CEX: {
    entityType: "counter_exception",
    find: (db, ref) => db.selectFrom("counter_exceptions").select("id").where("ref", "=", ref).execute(),
  },
  INC: {
    entityType: "incident",
    find: (db, ref) => db.selectFrom("incidents").select("id").where("ref", "=", ref).execute(),
  },
  CASE: {
    entityType: "case",
    find: (db, ref) => db.selectFrom("cases").select("id").where("ref", "=", ref).execute(),
  },
  MKT: {
    entityType: "marketing_material",
    find: (db, ref) => db.selectFrom("marketing_materials").select("id").where("ref", "=", ref).execute(),
  },
};

/**
 * The record a reference such as CMP-20261205-0001 names, as its audit entries store it; null when the text is
 * not a reference. A reference to no record names an id no entry has, so a search for it finds nothing.
 */
export async function recordOfRef(
  db: Db,
  text: string,
): Promise<{ entityType: string; entityId: string } | null> {
  const match = /^([A-Z]+)-\d{8}-\d{4,}$/.exec(text.toUpperCase());
  if (!match || !Object.hasOwn(BY_PREFIX, match[1])) return null;
  const { entityType, find } = BY_PREFIX[match[1]];
  const [row] = await find(db, text.toUpperCase());
  return { entityType, entityId: row ? String(row.id) : "-" };
}
