import type { MultipartFile } from "@fastify/multipart";
import { fileTypeFromBuffer } from "file-type";
import type { Kysely } from "kysely";
import { can } from "../../domain/auth/permissions.ts";
import { refuse } from "../../domain/common/transition.ts";
import { openTransition } from "../../domain/opinion/lifecycle.ts";
import type { Caller } from "../auth/session-user.ts";
import { runCommand } from "../common/command.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { invalid, notFound } from "../http/errors.ts";
import { opinionEvents } from "./commands.ts";
import { recordEntry } from "./entries.ts";

export const MAX_SCREENSHOT_MB = 5;
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

/**
 * Keeps a screenshot of the post as evidence (posts get deleted). As for incident photos, the type is read
 * from the file's own bytes, so a renamed document or script is refused.
 */
export async function addScreenshot(deps: Deps, caller: Caller, id: number, file: MultipartFile | undefined) {
  if (!file) throw invalid("file", "opinion.screenshot_type");
  const tooLarge = () => invalid("file", "opinion.screenshot_size", { max: String(MAX_SCREENSHOT_MB) });
  const data = await file.toBuffer().catch(() => {
    throw tooLarge();
  });
  if (file.file.truncated || data.length > MAX_SCREENSHOT_MB * 1024 * 1024) throw tooLarge();
  const type = await fileTypeFromBuffer(data);
  if (!type || !IMAGE_TYPES.has(type.mime)) throw invalid("file", "opinion.screenshot_type");
  const name = file.filename.replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 100) || `screenshot.${type.ext}`;
  const decide = (row: { status: Parameters<typeof openTransition>[0] }) =>
    can(caller.user.role, "opinion.handle") ? openTransition(row.status) : refuse(403, "forbidden");
  return runCommand(deps, caller, opinionEvents, id, decide, async ({ trx, now, audit }) => {
    const { id: shotId } = await trx
      .insertInto("opinion_screenshots")
      .values({
        event_id: id,
        file_name: name,
        mime: type.mime,
        size: data.length,
        data,
        uploaded_by: caller.user.id,
        uploaded_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordEntry(trx, id, caller.user.id, "screenshot", { name }, now);
    await audit("screenshot", null, { screenshotId: shotId, name, mime: type.mime, size: data.length });
    return { result: shotId };
  });
}

export async function screenshotData(db: Kysely<Database>, eventId: number, shotId: number) {
  const row = await db
    .selectFrom("opinion_screenshots")
    .select(["mime", "data", "file_name"])
    .where("id", "=", shotId)
    .where("event_id", "=", eventId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
