import type { MultipartFile } from "@fastify/multipart";
import type { Kysely } from "kysely";
import { can } from "../../domain/auth/permissions.ts";
import { isWithin } from "../../domain/org/units.ts";
import { SESSION_FILE_TYPES } from "../../domain/training/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { readUpload } from "../common/photo-file.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { forbidden, notFound } from "../http/errors.ts";
import { visibleFrom } from "./scope.ts";

const FILE_TYPES = new Set<string>(SESSION_FILE_TYPES);

/** The session as the caller sees it (held for their subtree or a unit above), or 404. */
async function visibleSession(db: Kysely<Database>, caller: Caller, sessionId: number) {
  const row = await db
    .selectFrom("training_sessions as s")
    .innerJoin("org_units", "org_units.id", "s.org_unit_id")
    .select(["s.id", "s.ref", "org_units.id as org_id", "org_units.path as org_path"])
    .where("s.id", "=", sessionId)
    .where(visibleFrom(caller.scopePath))
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Only an organiser of the session's own unit or above changes its files, as with its quizzes. */
async function managedSession(db: Kysely<Database>, caller: Caller, sessionId: number) {
  const row = await visibleSession(db, caller, sessionId);
  if (!can(caller.user.role, "training.manage") || !isWithin(row.org_path, caller.scopePath))
    throw forbidden();
  return row;
}

/** Stores a file for a session, checked by its bytes and size like a scene photo. */
export async function addSessionFile(
  deps: Deps,
  caller: Caller,
  sessionId: number,
  file: MultipartFile | undefined,
) {
  const session = await managedSession(deps.db, caller, sessionId);
  const { name, mime, data } = await readUpload(file, FILE_TYPES, "training.file_type");
  return deps.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("training_session_files")
      .values({
        session_id: sessionId,
        file_name: name,
        mime,
        size: data.length,
        data,
        uploaded_by: caller.user.id,
        uploaded_at: deps.now().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "training.file_upload",
      entityType: "training_session",
      entityId: sessionId,
      orgUnit: { id: session.org_id, path: session.org_path },
      after: { fileId: id, name, mime, size: data.length },
    });
    return id;
  });
}

export async function removeSessionFile(deps: Deps, caller: Caller, sessionId: number, fileId: number) {
  const session = await managedSession(deps.db, caller, sessionId);
  await deps.db.transaction().execute(async (trx) => {
    const file = await trx
      .selectFrom("training_session_files")
      .select(["file_name", "mime", "size"])
      .where("id", "=", fileId)
      .where("session_id", "=", sessionId)
      .executeTakeFirst();
    if (!file) throw notFound();
    await trx.deleteFrom("training_session_files").where("id", "=", fileId).execute();
    await appendAudit(trx, caller.actor, {
      action: "training.file_remove",
      entityType: "training_session",
      entityId: sessionId,
      orgUnit: { id: session.org_id, path: session.org_path },
      before: { fileId, name: file.file_name, mime: file.mime, size: file.size },
    });
  });
}

/** A session's files without their bytes, for its page. */
export async function listSessionFiles(db: Kysely<Database>, sessionId: number) {
  const rows = await db
    .selectFrom("training_session_files as f")
    .innerJoin("users", "users.id", "f.uploaded_by")
    .select(["f.id", "f.file_name", "f.mime", "f.size", "f.uploaded_at", "users.display_name"])
    .where("f.session_id", "=", sessionId)
    .orderBy("f.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.file_name,
    mime: r.mime,
    size: r.size,
    uploadedAt: r.uploaded_at,
    uploadedBy: r.display_name,
  }));
}

/** The bytes of one file, for anyone who sees the session (its attendees, and organisers above them). */
export async function sessionFileData(
  db: Kysely<Database>,
  caller: Caller,
  sessionId: number,
  fileId: number,
) {
  await visibleSession(db, caller, sessionId);
  const row = await db
    .selectFrom("training_session_files")
    .select(["file_name", "mime", "data"])
    .where("id", "=", fileId)
    .where("session_id", "=", sessionId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
