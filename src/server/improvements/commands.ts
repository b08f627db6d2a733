import type { Transaction } from "kysely";
import type { z } from "zod";
import { addDays, localDateOf, startOfLocalDay } from "../../domain/calendar/dates.ts";
import { complete, mayPlan } from "../../domain/improvements/policy.ts";
import type { completeImprovementBody, createImprovementBody } from "../../domain/improvements/schema.ts";
import type { ImprovementSource } from "../../domain/improvements/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { type RecordKind, runCommand } from "../common/command.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { conflict, forbidden, invalid } from "../http/errors.ts";
import { linkVersionAtClose } from "../knowhow/improvements.ts";
import { orgTopics } from "../live/bus.ts";
import { notify } from "../notifications/notify.ts";
import { cancelDue, scheduleDue } from "../scheduler/scheduler.ts";
import { getImprovement, loadForCommand } from "./store.ts";

type Trx = Transaction<Database>;

/** Fires at the end of the due day when the improvement is still open. */
export const IMPROVEMENT_OVERDUE = "improvement.overdue";

/**
 * The record an improvement comes from, inside the caller's scope, and whether it is ready: an incident
 * with its review submitted, a complaint closed with its root cause and rectification.
 */
async function sourceOf(trx: Trx, scopePath: string, kind: ImprovementSource, id: number) {
  const row =
    kind === "incident"
      ? await trx
          .selectFrom("incidents as r")
          .innerJoin("org_units as o", "o.id", "r.org_unit_id")
          .select(["r.id", "r.ref", "r.org_unit_id", "o.path", "r.review_json as ready"])
          .where("r.id", "=", id)
          .where(startsWith("o.path", scopePath))
          .executeTakeFirst()
      : await trx
          .selectFrom("complaints as r")
          .innerJoin("org_units as o", "o.id", "r.org_unit_id")
          .select(["r.id", "r.ref", "r.org_unit_id", "o.path", "r.status as ready"])
          .where("r.id", "=", id)
          .where(startsWith("o.path", scopePath))
          .executeTakeFirst();
  if (!row) throw invalid("sourceId", "not_found");
  const ready = kind === "incident" ? row.ready !== null : row.ready === "closed";
  if (!ready) throw conflict("sourceId", "improvements.source_not_ready");
  return row;
}

/** The owner: an active member of staff inside the caller's subtree. */
async function ownerIn(trx: Trx, scopePath: string, ownerId: number) {
  const owner = await trx
    .selectFrom("users")
    .innerJoin("org_units", "org_units.id", "users.org_unit_id")
    .select("users.id")
    .where("users.id", "=", ownerId)
    .where("users.disabled_at", "is", null)
    .where(startsWith("org_units.path", scopePath))
    .executeTakeFirst();
  if (!owner) throw invalid("ownerId", "improvements.owner_out_of_scope");
  return owner.id;
}

/** Plans an improvement after a review or a closing: audited, its owner told, its due date on the schedule. */
export async function planImprovement(
  deps: Deps,
  caller: Caller,
  body: z.infer<typeof createImprovementBody>,
) {
  if (!mayPlan(caller.user.role, body.sourceKind)) throw forbidden();
  const now = deps.now();
  const { timeZone } = deps.config;
  if (body.dueOn < localDateOf(now, timeZone)) throw invalid("dueOn", "improvements.due_past");
  const { id, topics, path } = await deps.db.transaction().execute(async (trx) => {
    const source = await sourceOf(trx, caller.scopePath, body.sourceKind, body.sourceId);
    const ownerId = await ownerIn(trx, caller.scopePath, body.ownerId);
    const { id } = await trx
      .insertInto("improvement_actions")
      .values({
        org_unit_id: source.org_unit_id,
        source_kind: body.sourceKind,
        source_id: source.id,
        source_ref: source.ref,
        area: body.area,
        what: body.what,
        owner_id: ownerId,
        due_on: body.dueOn,
        status: "open",
        outcome: null,
        created_by: caller.user.id,
        created_at: now.toISOString(),
        done_by: null,
        done_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "improvements.create",
      entityType: "improvement_action",
      entityId: id,
      orgUnit: { id: source.org_unit_id, path: source.path },
      after: { source: source.ref, area: body.area, what: body.what, ownerId, dueOn: body.dueOn },
    });
    await scheduleDue(
      trx,
      IMPROVEMENT_OVERDUE,
      id,
      startOfLocalDay(addDays(body.dueOn, 1), timeZone).toISOString(),
    );
    const topics =
      ownerId === caller.user.id
        ? []
        : await notify(
            trx,
            [ownerId],
            {
              key: "notify.improvement_assigned",
              params: { source: source.ref, what: body.what, due: body.dueOn },
              link: "/improvements",
            },
            now,
          );
    return { id, topics, path: source.path };
  });
  await deps.live.publish({
    topics: [...orgTopics(path), ...topics],
    event: { type: "improvement.updated", id },
  });
  return getImprovement(deps.db, caller, id, now, timeZone);
}

const improvementsOf = (
  caller: Caller,
): RecordKind<Awaited<ReturnType<typeof loadForCommand>>, "improvements"> => ({
  auditPrefix: "improvements",
  entityType: "improvement_action",
  liveEvent: "improvement.updated",
  load: (trx, _scopePath, id) => loadForCommand(trx, caller, id),
});

/** The owner (or a head, manager or officer of the unit) records what was changed; the reminder is dropped. */
export async function completeImprovement(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof completeImprovementBody>,
) {
  await runCommand(
    deps,
    caller,
    improvementsOf(caller),
    id,
    (row) =>
      complete({ status: row.status, ownerId: row.owner_id }, { id: caller.user.id, role: caller.user.role }),
    async ({ trx, row, now, audit }) => {
      await trx
        .updateTable("improvement_actions")
        .set({ status: "done", outcome: body.outcome, done_by: caller.user.id, done_at: now.toISOString() })
        .where("id", "=", row.id)
        .execute();
      await cancelDue(trx, IMPROVEMENT_OVERDUE, row.id);
      if (body.versionId !== undefined) await linkVersionAtClose(trx, caller, row, body.versionId, now);
      await audit(
        "complete",
        { status: row.status },
        { status: "done", outcome: body.outcome, versionId: body.versionId ?? null },
      );
      return { result: null };
    },
  );
  return getImprovement(deps.db, caller, id, deps.now(), deps.config.timeZone);
}

/** At the end of the due day an open improvement is overdue: its owner and whoever planned it are told. */
export function registerImprovementReminder(deps: Deps): void {
  deps.scheduler.handle(IMPROVEMENT_OVERDUE, async (trx, item, now) => {
    const row = await trx
      .selectFrom("improvement_actions as a")
      .innerJoin("org_units as o", "o.id", "a.org_unit_id")
      .select(["a.id", "a.status", "a.owner_id", "a.created_by", "a.source_ref", "a.what", "o.path"])
      .where("a.id", "=", item.subjectId)
      .executeTakeFirst();
    if (row?.status !== "open") return;
    const topics = await notify(
      trx,
      [row.owner_id, row.created_by],
      {
        key: "notify.improvement_overdue",
        params: { source: row.source_ref, what: row.what },
        link: "/improvements",
      },
      now,
    );
    return () =>
      deps.live.publish({
        topics: [...orgTopics(row.path), ...topics],
        event: { type: "improvement.updated", id: row.id },
      });
  });
}
