import { invalid } from "./errors.ts";

/** Keyset cursors are the last row's id, wrapped so that clients treat them as opaque. */
export function encodeCursor(id: number): string {
  return Buffer.from(`id:${id}`).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): number | null {
  if (!cursor) return null;
  const match = /^id:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match)
    throw invalid("cursor", "invalid", { field: "cursor", detail: "not a cursor this server issued" });
  return Number(match[1]);
}
