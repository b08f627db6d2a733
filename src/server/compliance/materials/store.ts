import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Finding } from "../../../domain/compliance/matcher.ts";
import type {
  listMaterialsQuery,
  Material,
  MaterialSummary,
  MaterialVersion,
} from "../../../domain/compliance/materials-schema.ts";
import type { Database } from "../../db/schema.ts";
import { startsWith } from "../../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../../http/cursor.ts";
import { notFound } from "../../http/errors.ts";

/** Materials of units in the caller's subtree. */
function materialsInScope(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("marketing_materials as m")
    .innerJoin("org_units", "org_units.id", "m.org_unit_id")
    .select([
      "m.id",
      "m.ref",
      "m.title",
      "m.channel",
      "m.material_type",
      "m.status",
      "m.current_version",
      "m.org_unit_id",
      "m.created_by",
      "m.updated_at",
      "org_units.name as org_name",
      "org_units.path as org_path",
    ])
    .where(startsWith("org_units.path", scopePath));
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof materialsInScope>["executeTakeFirstOrThrow"]>>;

function toSummary(r: SummaryRow): MaterialSummary {
  return {
    id: r.id,
    ref: r.ref,
    title: r.title,
    channel: r.channel,
    materialType: r.material_type,
    status: r.status,
    currentVersion: r.current_version,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.org_name,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
  };
}

export async function listMaterials(
  db: Kysely<Database>,
  scopePath: string,
  filter: z.infer<typeof listMaterialsQuery> & { limit: number; cursor?: string },
) {
  let q = materialsInScope(db, scopePath);
  if (filter.status) q = q.where("m.status", "=", filter.status);
  if (filter.channel) q = q.where("m.channel", "=", filter.channel);
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_]/g, "")}%`;
    q = q.where((eb) => eb.or([eb("m.title", "like", like), eb("m.ref", "like", like)]));
  }
  // Newest first: reviewers work from the top of the queue.
  const before = decodeCursor(filter.cursor);
  if (before !== null) q = q.where("m.id", "<", before);
  const rows = await q
    .orderBy("m.id", "desc")
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}

async function versionsOf(db: Kysely<Database>, materialId: number): Promise<MaterialVersion[]> {
  const rows = await db
    .selectFrom("material_versions as v")
    .innerJoin("users as s", "s.id", "v.submitted_by")
    .leftJoin("users as r", "r.id", "v.reviewed_by")
    .select([
      "v.id",
      "v.version",
      "v.title",
      "v.body",
      "v.attachment_name",
      "v.attachment_type",
      "v.findings_json",
      "v.error_count",
      "v.warning_count",
      "v.status",
      "v.submitted_by",
      "v.submitted_at",
      "v.reviewed_by",
      "v.reviewed_at",
      "v.review_comment",
      "s.display_name as submitter_name",
      "r.display_name as reviewer_name",
    ])
    .where("v.material_id", "=", materialId)
    .orderBy("v.version", "desc")
    .execute();
  return rows.map((v) => ({
    id: v.id,
    version: v.version,
    title: v.title,
    text: v.body,
    attachment:
      v.attachment_name && v.attachment_type ? { name: v.attachment_name, type: v.attachment_type } : null,
    findings: JSON.parse(v.findings_json) as Finding[],
    errorCount: v.error_count,
    warningCount: v.warning_count,
    status: v.status,
    submittedBy: { id: v.submitted_by, displayName: v.submitter_name },
    submittedAt: v.submitted_at,
    reviewedBy: v.reviewed_by === null ? null : { id: v.reviewed_by, displayName: v.reviewer_name ?? "" },
    reviewedAt: v.reviewed_at,
    reviewComment: v.review_comment,
  }));
}

/** A material in the caller's subtree with every version, newest first; 404 outside the subtree. */
export async function getMaterial(db: Kysely<Database>, scopePath: string, id: number) {
  const row = await materialsInScope(db, scopePath).where("m.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  const material: Material = { ...toSummary(row), versions: await versionsOf(db, id) };
  return { material, orgPath: row.org_path };
}

/** The stored attachment of one version of a material in scope. */
export async function getAttachment(db: Kysely<Database>, scopePath: string, id: number, versionId: number) {
  await getMaterial(db, scopePath, id);
  const row = await db
    .selectFrom("material_versions")
    .select(["attachment_name", "attachment_type", "attachment_base64"])
    .where("material_id", "=", id)
    .where("id", "=", versionId)
    .executeTakeFirst();
  if (!row?.attachment_base64 || !row.attachment_type) throw notFound();
  return {
    name: row.attachment_name ?? "attachment",
    type: row.attachment_type,
    data: Buffer.from(row.attachment_base64, "base64"),
  };
}
