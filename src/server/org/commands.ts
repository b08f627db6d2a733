import type { z } from "zod";
import type { createOrgUnitBody, updateOrgUnitBody } from "../../domain/org/schema.ts";
import { childPath, isWithin, ORG_KIND_LABELS, PARENT_KIND } from "../../domain/org/units.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { moveFigures } from "../complaints/figures/rollup.ts";
import type { Db } from "../db/database.ts";
import { startsWith } from "../db/starts-with.ts";
import { conflict, invalid } from "../http/errors.ts";
import { getOrgUnit } from "./store.ts";

export async function createOrgUnit(db: Db, caller: Caller, body: z.infer<typeof createOrgUnitBody>) {
  return db.transaction().execute(async (trx) => {
    const parent = await getOrgUnit(trx, caller.scopePath, body.parentId).catch(() => {
      throw invalid("parentId", "not_found");
    });
    if (PARENT_KIND[body.kind] !== parent.kind) {
      throw invalid("kind", "org.parent_kind", {
        kind: ORG_KIND_LABELS[body.kind][caller.locale],
        parentKind: ORG_KIND_LABELS[PARENT_KIND[body.kind] ?? "head_office"][caller.locale],
      });
    }
    const taken = await trx
      .selectFrom("org_units")
      .select("id")
      .where("code", "=", body.code)
      .executeTakeFirst();
    if (taken) throw conflict("code", "org.code_taken", { code: body.code });

    // The path holds the unit's own id, which is known only after the insert.
    const { id } = await trx
      .insertInto("org_units")
      .values({
        code: body.code,
        name: body.name,
        kind: body.kind,
        parent_id: parent.id,
        path: `${parent.path}pending-${body.code}/`,
        duty_phone: body.dutyPhone ?? null,
        tech_support_phone: body.techSupportPhone ?? null,
        created_at: new Date().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const path = childPath(parent.path, id);
    await trx.updateTable("org_units").set({ path }).where("id", "=", id).execute();
    const unit = await getOrgUnit(trx, caller.scopePath, id);
    await appendAudit(trx, caller.actor, {
      action: "org.create",
      entityType: "org_unit",
      entityId: id,
      orgUnit: unit,
      after: unit,
    });
    return unit;
  });
}

export async function updateOrgUnit(
  db: Db,
  caller: Caller,
  id: number,
  body: z.infer<typeof updateOrgUnitBody>,
) {
  return db.transaction().execute(async (trx) => {
    const before = await getOrgUnit(trx, caller.scopePath, id);
    let path = before.path;
    let parentId = before.parentId;
    if (body.parentId !== undefined && body.parentId !== before.parentId) {
      const parent = await getOrgUnit(trx, caller.scopePath, body.parentId).catch(() => {
        throw invalid("parentId", "not_found");
      });
      if (isWithin(parent.path, before.path)) throw invalid("parentId", "org.move_into_own_subtree");
      if (PARENT_KIND[before.kind] !== parent.kind) {
        throw invalid("parentId", "org.parent_kind", {
          kind: ORG_KIND_LABELS[before.kind][caller.locale],
          parentKind: ORG_KIND_LABELS[PARENT_KIND[before.kind] ?? "head_office"][caller.locale],
        });
      }
      parentId = parent.id;
      path = childPath(parent.path, id);
      // Every descendant's path starts with the old path; swap that prefix for the new one.
      const descendants = await trx
        .selectFrom("org_units")
        .select(["id", "path"])
        .where(startsWith("path", before.path))
        .execute();
      for (const d of descendants) {
        await trx
          .updateTable("org_units")
          .set({ path: path + d.path.slice(before.path.length) })
          .where("id", "=", d.id)
          .execute();
      }
      // The complaint statistics rollup counts a subtree at every unit above it.
      await moveFigures(trx, before.path, path);
    }
    await trx
      .updateTable("org_units")
      .set({
        name: body.name ?? before.name,
        parent_id: parentId,
        duty_phone: body.dutyPhone === undefined ? before.dutyPhone : body.dutyPhone,
        tech_support_phone:
          body.techSupportPhone === undefined ? before.techSupportPhone : body.techSupportPhone,
      })
      .where("id", "=", id)
      .execute();
    const after = await getOrgUnit(trx, caller.scopePath, id);
    await appendAudit(trx, caller.actor, {
      action: path === before.path ? "org.update" : "org.move",
      entityType: "org_unit",
      entityId: id,
      orgUnit: after,
      before,
      after,
    });
    return after;
  });
}
