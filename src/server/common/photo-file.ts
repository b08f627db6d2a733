import type { MultipartFile } from "@fastify/multipart";
import { fileTypeFromBuffer } from "file-type";
import type { MessageKey } from "../../domain/common/messages.ts";
import { invalid } from "../http/errors.ts";

export const MAX_PHOTO_MB = 5;
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

/** The multipart limits of a photo upload: one file of at most MAX_PHOTO_MB. */
export const PHOTO_LIMITS = { fileSize: MAX_PHOTO_MB * 1024 * 1024, files: 1 };

/** An uploaded photo, checked by `readUpload`. */
export const readPhoto = (file: MultipartFile | undefined) =>
  readUpload(file, IMAGE_TYPES, "incidents.photo_type");

/**
 * An uploaded file of one of `types`, checked. The type is read from the file's own bytes, not from its name
 * or the browser's claim, so a renamed document or script is refused; the name keeps only letters, digits,
 * dots and dashes.
 */
export async function readUpload(
  file: MultipartFile | undefined,
  types: ReadonlySet<string>,
  typeError: MessageKey,
) {
  if (!file) throw invalid("file", typeError);
  const data = await file.toBuffer().catch(() => {
    throw invalid("file", "incidents.photo_size", { max: String(MAX_PHOTO_MB) });
  });
  if (file.file.truncated) throw invalid("file", "incidents.photo_size", { max: String(MAX_PHOTO_MB) });
  const type = await fileTypeFromBuffer(data);
  if (!type || !types.has(type.mime)) throw invalid("file", typeError);
  const name = file.filename.replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 100) || `upload.${type.ext}`;
  return { name, mime: type.mime, data };
}
