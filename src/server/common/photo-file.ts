import type { MultipartFile } from "@fastify/multipart";
import { fileTypeFromBuffer } from "file-type";
import { invalid } from "../http/errors.ts";

export const MAX_PHOTO_MB = 5;
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

/** The multipart limits of a photo upload: one file of at most MAX_PHOTO_MB. */
export const PHOTO_LIMITS = { fileSize: MAX_PHOTO_MB * 1024 * 1024, files: 1 };

/**
 * An uploaded photo, checked. The type is read from the file's own bytes, not from its name or the browser's
 * claim, so a renamed document or script is refused; the name keeps only letters, digits, dots and dashes.
 */
export async function readPhoto(file: MultipartFile | undefined) {
  if (!file) throw invalid("file", "incidents.photo_type");
  const data = await file.toBuffer().catch(() => {
    throw invalid("file", "incidents.photo_size", { max: String(MAX_PHOTO_MB) });
  });
  if (file.file.truncated) throw invalid("file", "incidents.photo_size", { max: String(MAX_PHOTO_MB) });
  const type = await fileTypeFromBuffer(data);
  if (!type || !IMAGE_TYPES.has(type.mime)) throw invalid("file", "incidents.photo_type");
  const name = file.filename.replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 100) || `photo.${type.ext}`;
  return { name, mime: type.mime, data };
}
