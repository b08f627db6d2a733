import type { Transaction } from "kysely";
import type { MessageParam } from "../../domain/common/messages.ts";
import type { Database } from "../db/schema.ts";

/** Adds a line to the incident's timeline in the caller's transaction. */
export async function recordEvent(
  trx: Transaction<Database>,
  incidentId: number,
  actorId: number | null,
  kind: string,
  params: Record<string, MessageParam>,
  now: Date,
): Promise<void> {
  await trx
    .insertInto("incident_events")
    .values({
      incident_id: incidentId,
      at: now.toISOString(),
      actor_id: actorId,
      kind,
      params_json: JSON.stringify(params),
    })
    .execute();
}
