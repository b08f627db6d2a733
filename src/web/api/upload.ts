import { ApiError, csrf } from "./client.ts";

/**
 * Uploads one file as multipart field "file", so not through the JSON client; the anti-forgery token and the
 * error shape are the same.
 */
export async function uploadFile(path: string, file: File, language: string): Promise<void> {
  const body = new FormData();
  body.append("file", file);
  const response = await fetch(path, {
    method: "POST",
    body,
    headers: { "x-csrf-token": await csrf(), "Accept-Language": language },
    credentials: "same-origin",
  });
  if (response.ok) return;
  const { error } = (await response.json().catch(() => ({}))) as {
    error?: { code: string; message: string };
  };
  throw new ApiError(
    response.status,
    error?.code ?? "http",
    error?.message ?? String(response.status),
    "file",
  );
}
