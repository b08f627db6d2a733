import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Locale } from "../../domain/common/messages.ts";
import { CATEGORIES, isCategoryCode } from "../../domain/incidents/categories.ts";
import type { PlaybookContent } from "../../domain/knowhow/playbook.ts";
import { scenarioById } from "../../domain/scripts/scenarios.ts";
import type { linkedMaterial, material } from "../../domain/training/schema.ts";
import type { MaterialKind } from "../../domain/training/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { invalid, notFound } from "../http/errors.ts";
import { appliedVersions } from "../knowhow/store.ts";
import { visibleFrom } from "./scope.ts";

type Material = z.infer<typeof material>;
/** A material as `materials_json` keeps it: a playbook with the version it was linked in. */
export type StoredMaterial = Material & { versionId?: number };

const categoryName = (code: string, locale: Locale) =>
  isCategoryCode(code) ? CATEGORIES[code].label[locale] : code;

/**
 * The materials to keep with a session held for the unit at `unitPath`, each checked; a reference to nothing
 * is refused, naming the field. A playbook is named by its category and linked in the version in force at
 * that unit, so a branch's own version applies under it and never elsewhere.
 */
export async function linkMaterials(
  db: Kysely<Database>,
  unitPath: string,
  materials: readonly Material[],
): Promise<StoredMaterial[]> {
  const applied = materials.some((m) => m.kind === "playbook")
    ? await appliedVersions(db, "playbook", unitPath)
    : [];
  const playbooks = new Map(applied.map((a) => [a.key, a]));
  const stored: StoredMaterial[] = [];
  for (const [i, m] of materials.entries()) {
    const unknown = invalid(`materials.${i}.ref`, "training.material_unknown", { ref: m.ref });
    const { kind } = m;
    if (kind === "playbook") {
      const playbook = isCategoryCode(m.ref) ? playbooks.get(m.ref) : undefined;
      if (!playbook) throw unknown;
      stored.push({ kind: m.kind, ref: m.ref, versionId: playbook.versionId });
    } else {
      if ((await materialTitle(db, kind, m.ref)) === null) throw unknown;
      stored.push({ kind: m.kind, ref: m.ref });
    }
  }
  return stored;
}

/** A session's kept materials with their titles; a playbook with its category's name and version number. */
export async function presentMaterials(
  db: Kysely<Database>,
  stored: readonly StoredMaterial[],
  locale: Locale,
): Promise<z.infer<typeof linkedMaterial>[]> {
  const versionIds = stored.flatMap((m) => (m.versionId === undefined ? [] : [m.versionId]));
  const versions =
    versionIds.length === 0
      ? []
      : await db
          .selectFrom("knowhow_versions")
          .select(["id", "version_no"])
          .where("id", "in", versionIds)
          .execute();
  const versionNo = new Map(versions.map((v) => [v.id, v.version_no]));
  const presented = [];
  for (const m of stored) {
    const { kind } = m;
    if (kind === "playbook") {
      const no = m.versionId === undefined ? undefined : versionNo.get(m.versionId);
      presented.push({ ...m, title: categoryName(m.ref, locale), versionNo: no });
    } else {
      // A case unpublished since it was linked keeps its place, named by its reference.
      presented.push({ kind, ref: m.ref, title: (await materialTitle(db, kind, m.ref)) ?? m.ref });
    }
  }
  return presented;
}

/**
 * A playbook linked to a session the caller may open, in the version the session keeps; 404 when the
 * session is out of sight or does not link that version.
 */
export async function sessionPlaybook(db: Kysely<Database>, caller: Caller, id: number, versionId: number) {
  const session = await db
    .selectFrom("training_sessions as s")
    .innerJoin("org_units", "org_units.id", "s.org_unit_id")
    .select("s.materials_json")
    .where("s.id", "=", id)
    .where(visibleFrom(caller.scopePath))
    .executeTakeFirst();
  const linked = session
    ? (JSON.parse(session.materials_json) as StoredMaterial[]).find(
        (m) => m.kind === "playbook" && m.versionId === versionId,
      )
    : undefined;
  if (!linked) throw notFound();
  const version = await db
    .selectFrom("knowhow_versions as v")
    .innerJoin("knowhow_items as i", "i.id", "v.item_id")
    .leftJoin("org_units as o", "o.id", "i.org_unit_id")
    .select(["v.id", "v.version_no", "v.content_json", "i.key", "o.name as org_name"])
    .where("v.id", "=", versionId)
    .executeTakeFirstOrThrow();
  return {
    category: version.key,
    title: categoryName(version.key, caller.locale),
    versionId: version.id,
    versionNo: version.version_no,
    orgUnitName: version.org_name,
    content: JSON.parse(version.content_json) as PlaybookContent,
  };
}

async function materialTitle(
  db: Kysely<Database>,
  kind: Exclude<MaterialKind, "playbook">,
  ref: string,
): Promise<string | null> {
  if (kind === "script") return scenarioById(ref)?.title ?? null;
  const id = /^\d{1,9}$/.test(ref) ? Number(ref) : null;
  if (id === null) return null;
  if (kind === "case") {
    const row = await db
      .selectFrom("cases")
      .select("title")
      .where("id", "=", id)
      .where("status", "=", "published")
      .executeTakeFirst();
    return row?.title ?? null;
  }
  const rule = await db
    .selectFrom("compliance_rules")
    .select(["code", "message"])
    .where("id", "=", id)
    .executeTakeFirst();
  return rule ? `${rule.code} ${rule.message}` : null;
}
