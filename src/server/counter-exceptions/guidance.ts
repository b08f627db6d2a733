import type { Kysely } from "kysely";
import type { CounterGuidanceContent } from "../../domain/knowhow/counter-guidance.ts";
import type { Database } from "../db/schema.ts";
import { appliedVersions } from "../knowhow/store.ts";

/** The published guidance per exception type that applies at the unit at `path` (a branch's own first). */
export async function guidanceAt(
  db: Kysely<Database>,
  path: string,
): Promise<Record<string, CounterGuidanceContent>> {
  const applied = await appliedVersions<CounterGuidanceContent>(db, "counter-guidance", path);
  return Object.fromEntries(applied.map((a) => [a.key, a.content]));
}
