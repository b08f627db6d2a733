import type { ComplaintAction, ComplaintStatus } from "../../domain/complaints/lifecycle.ts";
import { decide } from "../../domain/complaints/policy.ts";
import type { Caller } from "../auth/session-user.ts";
import { type CommandContext, type CommandDone, type RecordKind, runCommand } from "../common/command.ts";
import type { Deps } from "../http/deps.ts";
import { applyFigures, figureSource } from "./figures/rollup.ts";
import { type ComplaintRow, getComplaintRow } from "./store.ts";

export interface ChangeContext extends CommandContext<ComplaintRow, ComplaintStatus> {
  /** Records a timeline event on the complaint. */
  event(kind: string, data: Record<string, unknown>): Promise<void>;
}

const complaints = (deps: Deps): RecordKind<ComplaintRow, "complaints"> => ({
  auditPrefix: "complaints",
  entityType: "complaint",
  liveEvent: "complaint.updated",
  load: getComplaintRow,
  // Every change keeps the statistics rollup in step, whichever fields the command touched.
  afterWork: async (trx, row) =>
    applyFigures(trx, row, await figureSource(trx, row.id), deps.config.timeZone),
});

/**
 * A state change of a complaint in the common frame (server/common/command.ts): the policy decides whether
 * the caller may take `action` in the complaint's state (a running pause counts), and the work may write
 * timeline events besides its audit entry.
 */
export function changeComplaint<T>(
  deps: Deps,
  caller: Caller,
  id: number,
  action: ComplaintAction,
  work: (ctx: ChangeContext) => Promise<CommandDone<T>>,
): Promise<T> {
  return runCommand(
    deps,
    caller,
    complaints(deps),
    id,
    async (row, trx) => {
      const paused = await trx
        .selectFrom("complaint_pauses")
        .select("id")
        .where("complaint_id", "=", id)
        .where("ended_at", "is", null)
        .executeTakeFirst();
      return decide(caller.user.role, { status: row.status, paused: paused !== undefined }, action);
    },
    (ctx) =>
      work({
        ...ctx,
        event: async (kind, data) => {
          await ctx.trx
            .insertInto("complaint_events")
            .values({
              complaint_id: ctx.row.id,
              at: ctx.now.toISOString(),
              actor_username: caller.user.username,
              kind,
              data_json: JSON.stringify(data),
            })
            .execute();
        },
      }),
  );
}
