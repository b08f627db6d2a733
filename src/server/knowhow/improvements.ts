import type { Kysely, Transaction } from "kysely";
import { AREA_LABELS, type ImprovementArea } from "../../domain/improvements/vocabulary.ts";
import { KIND_AREAS, type KnowhowKind } from "../../domain/knowhow/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { AppError, conflict, invalid } from "../http/errors.ts";
import { loadForCommand } from "../improvements/store.ts";
import { pathsUp } from "./store.ts";

/**
 * Links a version to improvement actions it answers, in the caller's transaction: each must be one the caller
 * sees, still open, and about this kind of know-how. `field` names the input a refusal points at.
 */
export async function linkImprovements(
  trx: Transaction<Database>,
  caller: Caller,
  version: { id: number; kind: KnowhowKind },
  improvementIds: number[],
  field: string,
  now: Date,
): Promise<void> {
  for (const improvementId of new Set(improvementIds)) {
    const action = await loadForCommand(trx, caller, improvementId).catch((e: unknown) => {
      if (e instanceof AppError && e.status === 404) throw invalid(field, "not_found");
      throw e;
    });
    if (action.status !== "open") throw conflict(field, "improvements.already_done");
    const area = KIND_AREAS[version.kind];
    if (action.area !== area)
      throw invalid(field, "knowhow.improvement_area", { area: AREA_LABELS[area][caller.locale] });
    await link(trx, version.id, improvementId, caller.user.id, now);
  }
}

async function link(
  trx: Transaction<Database>,
  versionId: number,
  improvementId: number,
  by: number,
  now: Date,
) {
  const linked = await trx
    .selectFrom("knowhow_version_improvements")
    .select("version_id")
    .where("version_id", "=", versionId)
    .where("improvement_id", "=", improvementId)
    .executeTakeFirst();
  if (linked) return;
  await trx
    .insertInto("knowhow_version_improvements")
    .values({
      version_id: versionId,
      improvement_id: improvementId,
      linked_by: by,
      linked_at: now.toISOString(),
    })
    .execute();
}

/**
 * Closing an action names the version that made the change: one the caller may see in the editor (the whole
 * bank's, their units' above, their subtree's), of the kind the action is about.
 */
export async function linkVersionAtClose(
  trx: Transaction<Database>,
  caller: Caller,
  action: { id: number; area: ImprovementArea },
  versionId: number,
  now: Date,
): Promise<void> {
  const version = await trx
    .selectFrom("knowhow_versions as v")
    .innerJoin("knowhow_items as i", "i.id", "v.item_id")
    .leftJoin("org_units as o", "o.id", "i.org_unit_id")
    .select(["v.id", "i.kind", "o.path"])
    .where("v.id", "=", versionId)
    .executeTakeFirst();
  const visible =
    version &&
    (version.path === null ||
      pathsUp(caller.scopePath).includes(version.path) ||
      version.path.startsWith(caller.scopePath));
  if (!visible) throw invalid("versionId", "not_found");
  if (KIND_AREAS[version.kind] !== action.area)
    throw invalid("versionId", "knowhow.improvement_area", { area: AREA_LABELS[action.area][caller.locale] });
  await link(trx, version.id, action.id, caller.user.id, now);
}

/** The improvement actions each version answers, those inside the caller's subtree. */
export async function improvementsOfVersions(db: Kysely<Database>, caller: Caller, versionIds: number[]) {
  if (versionIds.length === 0) return new Map<number, LinkedImprovement[]>();
  const rows = await db
    .selectFrom("knowhow_version_improvements as l")
    .innerJoin("improvement_actions as a", "a.id", "l.improvement_id")
    .innerJoin("org_units as o", "o.id", "a.org_unit_id")
    .select(["l.version_id", "a.id", "a.source_ref", "a.what", "a.status"])
    .where("l.version_id", "in", versionIds)
    .where(startsWith("o.path", caller.scopePath))
    .orderBy("a.id")
    .execute();
  const byVersion = new Map<number, LinkedImprovement[]>();
  for (const r of rows)
    byVersion.set(r.version_id, [
      ...(byVersion.get(r.version_id) ?? []),
      { id: r.id, sourceRef: r.source_ref, what: r.what, status: r.status },
    ]);
  return byVersion;
}

export interface LinkedImprovement {
  id: number;
  sourceRef: string;
  what: string;
  status: "open" | "done";
}
