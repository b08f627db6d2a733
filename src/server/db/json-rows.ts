/**
 * A JSON array of rows (Kysely's jsonArrayFrom) as the driver hands it over: parsed already on PostgreSQL, text
 * on SQLite. Timestamps (`at`, `…_at`) come back as PostgreSQL writes them in JSON, with an offset; they are
 * written as every other timestamp the server answers, in UTC.
 */
export function fromJson<T>(value: T[] | string): T[] {
  const rows: T[] = typeof value === "string" ? JSON.parse(value) : value;
  for (const r of rows as Record<string, unknown>[]) {
    for (const [k, v] of Object.entries(r)) {
      if ((k === "at" || k.endsWith("_at")) && typeof v === "string") r[k] = new Date(v).toISOString();
    }
  }
  return rows;
}
