import { type Kysely, sql } from "kysely";
import { columnTypes } from "../dialect.ts";

/** The families an event could be linked with when this migration landed, and their tables. */
const FAMILIES = [
  { kind: "complaint", table: "complaints" },
  { kind: "incident", table: "incidents" },
  { kind: "counter_exception", table: "counter_exceptions" },
] as const;

/**
 * Public-opinion events kept their links to complaints, incidents and counter exceptions in a table of
 * their own, by reference; every other family links through record_links. The links move there (an event
 * is `opinion_event`, the end the link was made from), so a record's page shows its events with its other
 * links, scoped the same way, and a link can be made from either end.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const f of FAMILIES) {
    await sql`
      INSERT INTO record_links (a_kind, a_id, b_kind, b_id, created_by, created_at)
      SELECT 'opinion_event', l.event_id, ${f.kind}, r.id, l.linked_by, l.linked_at
      FROM opinion_event_links l JOIN ${sql.table(f.table)} r ON r.ref = l.ref
      WHERE l.kind = ${f.kind}
    `.execute(db);
  }
  await db.schema.dropIndex("opinion_event_links_ref_idx").execute();
  await db.schema.dropTable("opinion_event_links").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable("opinion_event_links")
    .addColumn("event_id", "integer", (c) => c.notNull().references("opinion_events.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ref", "text", (c) => c.notNull())
    .addColumn("linked_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("linked_at", t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint("opinion_event_links_pk", ["event_id", "ref"])
    .execute();
  await db.schema
    .createIndex("opinion_event_links_ref_idx")
    .on("opinion_event_links")
    .column("ref")
    .execute();
  // Links made from either end go back; the old table kept only who linked, so links without one stay.
  for (const f of FAMILIES) {
    for (const [event, other] of [
      ["a", "b"],
      ["b", "a"],
    ] as const) {
      await sql`
        INSERT INTO opinion_event_links (event_id, kind, ref, linked_by, linked_at)
        SELECT ${sql.ref(`l.${event}_id`)}, ${f.kind}, r.ref, l.created_by, l.created_at
        FROM record_links l JOIN ${sql.table(f.table)} r ON r.id = ${sql.ref(`l.${other}_id`)}
        WHERE ${sql.ref(`l.${event}_kind`)} = 'opinion_event' AND ${sql.ref(`l.${other}_kind`)} = ${f.kind}
          AND l.created_by IS NOT NULL
      `.execute(db);
    }
  }
  await sql`DELETE FROM record_links WHERE a_kind = 'opinion_event' OR b_kind = 'opinion_event'`.execute(db);
}
