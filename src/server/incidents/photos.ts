import type { MultipartFile } from "@fastify/multipart";
import type { Kysely } from "kysely";
import type { Caller } from "../auth/session-user.ts";
import { readPhoto } from "../common/photo-file.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { audit, change } from "./commands.ts";
import { recordEvent } from "./events.ts";

/** Stores a scene photo, checked by `readPhoto`. */
export async function addPhoto(deps: Deps, caller: Caller, id: number, file: MultipartFile | undefined) {
  const { name, mime, data } = await readPhoto(file);
  return change(deps, caller, id, async (trx, row, now) => {
    const { id: photoId } = await trx
      .insertInto("incident_attachments")
      .values({
        incident_id: id,
        file_name: name,
        mime,
        size: data.length,
        data,
        uploaded_by: caller.user.id,
        uploaded_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordEvent(trx, id, caller.user.id, "photo", { name }, now);
    await audit(trx, caller, row, "photo_add", null, { photoId, name, mime, size: data.length });
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
