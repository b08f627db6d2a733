import type { Transaction } from "kysely";
import type { Database } from "../db/schema.ts";

/** Appends one entry to an event's timeline (which is also its registers), in the caller's transaction. */
export async function recordEntry(
  trx: Transaction<Database>,
  eventId: number,
  actorId: number | null,
  kind: string,
  data: object,
  now: Date,
) {
  await trx
    .insertInto("opinion_event_entries")
    .values({
      event_id: eventId,
      kind,
      actor_id: actorId,
      at: now.toISOString(),
      data_json: JSON.stringify(data),
    })
    .execute();
}
