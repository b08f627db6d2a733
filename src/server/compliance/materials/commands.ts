import type { z } from "zod";
import { refuse } from "../../../domain/common/transition.ts";
import type {
  newVersionBody,
  reviewBody,
  submitMaterialBody,
} from "../../../domain/compliance/materials-schema.ts";
import { decideReview, versionState } from "../../../domain/compliance/policy.ts";
import { appendAudit } from "../../audit/append.ts";
import type { Caller } from "../../auth/session-user.ts";
import { type RecordKind, runCommand, type ScopedRecord } from "../../common/command.ts";
import type { Db } from "../../db/database.ts";
import { nextRef } from "../../db/refs.ts";
import type { Deps } from "../../http/deps.ts";
import { AppError, invalid } from "../../http/errors.ts";
import { checkAt } from "../ruleset.ts";
import { getMaterial } from "./store.ts";

type Attachment = z.infer<typeof submitMaterialBody>["attachment"];

/** The automatic check at submission, with the rules that apply where the material belongs. */
async function autoCheck(db: Db, orgPath: string, text: string, materialType: string) {
  const findings = await checkAt(db, orgPath, text, {
    kind: "marketing",
    materialType: materialType as never,
  });
  return {
    findings_json: JSON.stringify(findings),
    error_count: findings.filter((f) => f.severity === "error").length,
    warning_count: findings.filter((f) => f.severity === "warning").length,
  };
}

function attachmentColumns(a: Attachment | null | undefined) {
  return {
    attachment_name: a?.name ?? null,
    attachment_type: a?.type ?? null,
    attachment_base64: a?.base64 ?? null,
  };
}

/** Submits a new material at the caller's own unit: version 1, checked automatically, waiting for review. */
export async function submitMaterial(deps: Deps, caller: Caller, body: z.infer<typeof submitMaterialBody>) {
  const { db } = deps;
  const unit = caller.user.orgUnit;
  const check = await autoCheck(db, unit.path, body.text, body.materialType);
  const id = await db.transaction().execute(async (trx) => {
    const now = deps.now();
    const ref = await nextRef(trx, "MKT", now, deps.config.timeZone);
    const { id } = await trx
      .insertInto("marketing_materials")
      .values({
        ref,
        org_unit_id: unit.id,
        title: body.title,
        channel: body.channel,
        material_type: body.materialType,
        status: "pending_review",
        current_version: 1,
        created_by: caller.user.id,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("material_versions")
      .values({
        material_id: id,
        version: 1,
        title: body.title,
        body: body.text,
        ...attachmentColumns(body.attachment),
        ...check,
        status: "pending_review",
        submitted_by: caller.user.id,
        submitted_at: now.toISOString(),
      })
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "materials.submit",
      entityType: "marketing_material",
      entityId: id,
      orgUnit: unit,
      after: { ref, title: body.title, version: 1, errors: check.error_count, warnings: check.warning_count },
    });
    return id;
  });
  return (await getMaterial(db, caller.scopePath, id)).material;
}

/**
 * Any change to a material is a new version that needs review again; earlier versions, approved ones
 * included, stay as they were.
 */
export async function submitVersion(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof newVersionBody>,
) {
  const { db } = deps;
  const { material, orgPath } = await getMaterial(db, caller.scopePath, id);
  const current = material.versions[0];
  const title = body.title ?? current.title;
  if (title === current.title && body.text === current.text && body.attachment === undefined) {
    throw invalid("text", "materials.unchanged");
  }
  const check = await autoCheck(db, orgPath, body.text, material.materialType);
  await db.transaction().execute(async (trx) => {
    const now = deps.now().toISOString();
    // The guard on current_version makes two simultaneous edits produce one new version and one 409.
    const moved = await trx
      .updateTable("marketing_materials")
      .set({ title, status: "pending_review", current_version: current.version + 1, updated_at: now })
      .where("id", "=", id)
      .where("current_version", "=", current.version)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw new AppError(409, "materials.not_pending", {}, "text");
    let attachment = attachmentColumns(body.attachment);
    if (body.attachment === undefined) {
      attachment = await trx
        .selectFrom("material_versions")
        .select(["attachment_name", "attachment_type", "attachment_base64"])
        .where("id", "=", current.id)
        .executeTakeFirstOrThrow();
    }
    await trx
      .insertInto("material_versions")
      .values({
        material_id: id,
        version: current.version + 1,
        title,
        body: body.text,
        ...attachment,
        ...check,
        status: "pending_review",
        submitted_by: caller.user.id,
        submitted_at: now,
      })
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "materials.new_version",
      entityType: "marketing_material",
      entityId: id,
      orgUnit: { id: material.orgUnitId, path: orgPath },
      before: { version: current.version, status: current.status },
      after: { version: current.version + 1, errors: check.error_count, warnings: check.warning_count },
    });
  });
  return (await getMaterial(db, caller.scopePath, id)).material;
}

type Loaded = Awaited<ReturnType<typeof getMaterial>>;

const materials: RecordKind<ScopedRecord & Loaded, "materials"> = {
  auditPrefix: "materials",
  entityType: "marketing_material",
  load: async (trx, scopePath, id) => {
    const loaded = await getMaterial(trx, scopePath, id);
    return { ...loaded, id, org_unit_id: loaded.material.orgUnitId, org_path: loaded.orgPath };
  },
};

/** A consumer-protection officer approves (freezing the version) or rejects it with a comment. */
export async function reviewMaterial(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof reviewBody>,
) {
  const versionOf = ({ material }: Loaded) => material.versions.find((v) => v.id === body.versionId);
  const review = (row: Loaded) => {
    const version = versionOf(row);
    if (!version) return refuse(400, "not_found", "versionId");
    return decideReview(caller.user, versionState(row.material, version), body.decision, body.comment);
  };
  await runCommand(deps, caller, materials, id, review, async ({ trx, row, next, now, audit }) => {
    // The transition has refused a version that is not there.
    const version = versionOf(row) as Loaded["material"]["versions"][number];
    await trx
      .updateTable("material_versions")
      .set({
        status: next,
        reviewed_by: caller.user.id,
        reviewed_at: now.toISOString(),
        review_comment: body.comment?.trim() || null,
      })
      .where("id", "=", version.id)
      .execute();
    await trx
      .updateTable("marketing_materials")
      .set({ status: next, updated_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await audit(
      body.decision,
      { version: version.version, status: version.status },
      { version: version.version, status: next, comment: body.comment ?? null },
    );
    return { result: undefined };
  });
  return (await getMaterial(deps.db, caller.scopePath, id)).material;
}
