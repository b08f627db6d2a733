import { type Kysely, sql } from "kysely";
import type { RecordRef } from "../../domain/links/schema.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { invalid } from "../http/errors.ts";
import { linkedRefs, visibleRecord } from "../links/store.ts";
import { eventsInScope } from "./store.ts";

const FAMILY_OF = {
  CMP: { kind: "complaint", table: "complaints" },
  INC: { kind: "incident", table: "incidents" },
  CEX: { kind: "counter_exception", table: "counter_exceptions" },
} as const;

/** The complaint, incident or counter exception behind a reference, wherever it is in the bank. */
async function recordOfRef(db: Kysely<Database>, ref: string): Promise<RecordRef | null> {
  const family = FAMILY_OF[ref.slice(0, 3) as keyof typeof FAMILY_OF];
  if (!family) return null;
  // The table is one of three fixed names chosen by the reference's prefix, never the caller's text.
  const { rows } = await sql<{
    id: number;
  }>`SELECT id FROM ${sql.table(family.table)} WHERE ref = ${ref}`.execute(db);
  return rows[0] ? { kind: family.kind, id: rows[0].id } : null;
}

/**
 * The record a reference typed on an event names, if the caller may open it; else a 400 naming `field`,
 * the same whether the record is elsewhere in the bank or does not exist.
 */
export async function linkTarget(db: Kysely<Database>, caller: Caller, ref: string, field: string) {
  const target = await recordOfRef(db, ref);
  if (!target || !(await visibleRecord(db, caller, target)))
    throw invalid(field, "opinion.link_unknown", { ref });
  return target;
}

/** The events in the caller's scope linked to a record, from either end: the other side of the link. */
export async function eventsLinkedTo(db: Kysely<Database>, scopePath: string, ref: string) {
  const record = await recordOfRef(db, ref);
  const ids = record
    ? (await linkedRefs(db, record)).filter((r) => r.kind === "opinion_event").map((r) => r.id)
    : [];
  if (ids.length === 0) return [];
  return eventsInScope(db, scopePath).where("e.id", "in", ids).orderBy("e.id", "desc").execute();
}
