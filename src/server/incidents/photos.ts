import type { MultipartFile } from "@fastify/multipart";
import { fileTypeFromBuffer } from "file-type";
import type { Kysely } from "kysely";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { invalid, notFound } from "../http/errors.ts";
import { audit, change } from "./commands.ts";
import { recordEvent } from "./events.ts";

export const MAX_PHOTO_MB = 5;
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

/**
 * Stores a scene photo. The type is read from the file's own bytes, not from its name or the browser's
 * claim, so a renamed document or script is refused.
 */
export async function addPhoto(deps: Deps, caller: Caller, id: number, file: MultipartFile | undefined) {
  if (!file) throw invalid("file", "incidents.photo_type");
  const data = await file.toBuffer().catch(() => {
    throw invalid("file", "incidents.photo_size", { max: String(MAX_PHOTO_MB) });
  });
  if (file.file.truncated) throw invalid("file", "incidents.photo_size", { max: String(MAX_PHOTO_MB) });
  const type = await fileTypeFromBuffer(data);
  if (!type || !IMAGE_TYPES.has(type.mime)) throw invalid("file", "incidents.photo_type");
  const name = file.filename.replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 100) || `photo.${type.ext}`;
  return change(deps, caller, id, async (trx, row, now) => {
    const { id: photoId } = await trx
      .insertInto("incident_attachments")
      .values({
        incident_id: id,
        file_name: name,
        mime: type.mime,
        size: data.length,
        data,
        uploaded_by: caller.user.id,
        uploaded_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordEvent(trx, id, caller.user.id, "photo", { name }, now);
    await audit(trx, caller, row, "photo_add", null, { photoId, name, mime: type.mime, size: data.length });
    return photoId;
  });
}

export async function listPhotos(db: Kysely<Database>, incidentId: number) {
  const rows = await db
    .selectFrom("incident_attachments")
    .innerJoin("users", "users.id", "incident_attachments.uploaded_by")
    .select(["incident_attachments.id", "file_name", "mime", "size", "uploaded_at", "users.display_name"])
    .where("incident_id", "=", incidentId)
    .orderBy("incident_attachments.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    mime: r.mime,
    size: r.size,
    uploadedAt: r.uploaded_at,
    uploadedBy: r.display_name,
  }));
}

export async function photoData(db: Kysely<Database>, incidentId: number, photoId: number) {
  const row = await db
    .selectFrom("incident_attachments")
    .select(["mime", "data", "file_name"])
    .where("id", "=", photoId)
    .where("incident_id", "=", incidentId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
