/** The token of an `Authorization: Bearer <token>` header (a machine caller, /metrics), or null. */
export function bearerToken(authorization: string | undefined): string | null {
  return /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1] ?? null;
}
