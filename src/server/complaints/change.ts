import type { Transaction } from "kysely";
import { type ComplaintAction, type ComplaintStatus, transition } from "../../domain/complaints/lifecycle.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { AppError } from "../http/errors.ts";
import { orgTopics } from "../live/bus.ts";
import { applyFigures, figureSource } from "./figures/rollup.ts";
import { type ComplaintRow, getComplaintRow } from "./store.ts";

export interface ChangeContext {
  trx: Transaction<Database>;
  row: ComplaintRow;
  /** The status the domain transition leads to. */
  next: ComplaintStatus;
  now: Date;
  /** Appends the audit entry of this change (complaints.<verb>) in the same transaction. */
  audit(verb: string, before: unknown, after: unknown): Promise<void>;
  /** Records a timeline event on the complaint. */
  event(kind: string, data: Record<string, unknown>): Promise<void>;
}

/**
 * Runs one state change on a complaint: scoped read (404 outside the caller's subtree), the domain transition
 * (409 when the status forbids it), the work, its audit entry and the statistics rollup, in one transaction;
 * then tells the browsers
 * watching the complaint's units and the users notified.
 */
export async function changeComplaint<T>(
  deps: Deps,
  caller: Caller,
  id: number,
  action: ComplaintAction,
  work: (ctx: ChangeContext) => Promise<{ result: T; topics?: string[] }>,
): Promise<T> {
  const now = deps.now();
  const { result, topics, path } = await deps.db.transaction().execute(async (trx) => {
    const row = await getComplaintRow(trx, caller.scopePath, id);
    const paused = await trx
      .selectFrom("complaint_pauses")
      .select("id")
      .where("complaint_id", "=", id)
      .where("ended_at", "is", null)
      .executeTakeFirst();
    const outcome = transition({ status: row.status, paused: paused !== undefined }, action);
    if ("refusal" in outcome) throw new AppError(409, outcome.refusal);
    const ctx: ChangeContext = {
      trx,
      row,
      next: outcome.next,
      now,
      audit: (verb, before, after) =>
        appendAudit(trx, caller.actor, {
          action: `complaints.${verb}`,
          entityType: "complaint",
          entityId: row.id,
          orgUnit: { id: row.org_unit_id, path: row.org_path },
          before,
          after,
        }),
      event: async (kind, data) => {
        await trx
          .insertInto("complaint_events")
          .values({
            complaint_id: row.id,
            at: now.toISOString(),
            actor_username: caller.user.username,
            kind,
            data_json: JSON.stringify(data),
          })
          .execute();
      },
    };
    const done = await work(ctx);
    // Every change keeps the statistics rollup in step, whichever fields the command touched.
    await applyFigures(trx, row, await figureSource(trx, id), deps.config.timeZone);
    return { ...done, path: row.org_path };
  });
  await deps.live.publish({
    topics: [...orgTopics(path), ...(topics ?? [])],
    event: { type: "complaint.updated", id },
  });
  return result;
}
