import type { Kysely } from "kysely";
import type { ListQuery } from "../../domain/opinion/schema.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { invalid, notFound } from "../http/errors.ts";
import { filterPath } from "../org/subtree.ts";

/**
 * Every read of events goes through here: an event is in the caller's scope when its owning unit is, or
 * when one of the units it concerns is (an outlet named in a sub-branch's event sees it).
 */
export function eventsInScope(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("opinion_events as e")
    .innerJoin("org_units as ou", "ou.id", "e.org_unit_id")
    .selectAll("e")
    .select(["ou.name as org_name", "ou.path as org_path"])
    .where((eb) =>
      eb.or([
        startsWith("ou.path", scopePath),
        eb.exists(
          eb
            .selectFrom("opinion_event_units as eu")
            .innerJoin("org_units as cu", "cu.id", "eu.org_unit_id")
            .select("eu.event_id")
            .whereRef("eu.event_id", "=", "e.id")
            .where(startsWith("cu.path", scopePath)),
        ),
      ]),
    );
}

export type EventRow = Awaited<ReturnType<ReturnType<typeof eventsInScope>["executeTakeFirstOrThrow"]>>;

export async function getEvent(db: Kysely<Database>, scopePath: string, id: number) {
  const row = await eventsInScope(db, scopePath).where("e.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function listEvents(
  db: Kysely<Database>,
  scopePath: string,
  filter: ListQuery & { limit: number; cursor?: string },
) {
  let q = eventsInScope(db, scopePath);
  if (filter.orgUnitId) q = q.where(startsWith("ou.path", await filterPath(db, scopePath, filter.orgUnitId)));
  if (filter.status === "open") q = q.where("e.status", "!=", "closed");
  else if (filter.status) q = q.where("e.status", "=", filter.status);
  if (filter.level) q = q.where("e.level", "=", filter.level);
  const before = decodeCursor(filter.cursor);
  if (before !== null) q = q.where("e.id", "<", before);
  const rows = await q
    .orderBy("e.id", "desc")
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  return {
    rows: page,
    nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}

/** Display names of users by id. */
export async function namesOf(db: Kysely<Database>, ids: (number | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map<number, string>();
  const rows = await db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("id", "in", wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** A unit inside the caller's scope, or the 400 naming `field`. */
export async function unitInScope(db: Kysely<Database>, scopePath: string, id: number, field: string) {
  const unit = await db
    .selectFrom("org_units")
    .select(["id", "name", "path"])
    .where("id", "=", id)
    .where(startsWith("path", scopePath))
    .executeTakeFirst();
  if (!unit) throw invalid(field, "opinion.unit_outside");
  return unit;
}
