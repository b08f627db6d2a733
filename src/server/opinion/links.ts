import { type Kysely, sql, type Transaction } from "kysely";
import type { LinkKind } from "../../domain/opinion/vocabulary.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { invalid } from "../http/errors.ts";
import { eventsInScope } from "./store.ts";

type Trx = Transaction<Database>;

const TABLE_OF = {
  CMP: { kind: "complaint", table: "complaints" },
  INC: { kind: "incident", table: "incidents" },
  CEX: { kind: "counter_exception", table: "counter_exceptions" },
} as const;

/** The complaint, incident or counter exception behind a reference, if the caller can see it; else a 400. */
export async function linkedRecord(trx: Trx, scopePath: string, ref: string, field: string) {
  const target = TABLE_OF[ref.slice(0, 3) as keyof typeof TABLE_OF];
  // The table is one of three fixed names chosen by the reference's prefix, never the caller's text.
  const { rows } = await sql<{ id: number }>`SELECT r.id FROM ${sql.table(target.table)} r
    JOIN org_units ou ON ou.id = r.org_unit_id
    WHERE r.ref = ${ref} AND ${startsWith("ou.path", scopePath)}`.execute(trx);
  if (!rows[0]) throw invalid(field, "opinion.link_unknown", { ref });
  return { kind: target.kind as LinkKind, id: rows[0].id };
}

export async function insertLink(
  trx: Trx,
  eventId: number,
  kind: LinkKind,
  ref: string,
  by: number,
  now: Date,
) {
  await trx
    .insertInto("opinion_event_links")
    .values({ event_id: eventId, kind, ref, linked_by: by, linked_at: now.toISOString() })
    .onConflict((oc) => oc.columns(["event_id", "ref"]).doNothing())
    .execute();
}

/** The events in the caller's scope linked to a record: the other side of the link. */
export function eventsLinkedTo(db: Kysely<Database>, scopePath: string, ref: string) {
  return eventsInScope(db, scopePath)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("opinion_event_links as l")
          .select("l.event_id")
          .whereRef("l.event_id", "=", "e.id")
          .where("l.ref", "=", ref),
      ),
    )
    .orderBy("e.id", "desc")
    .execute();
}
