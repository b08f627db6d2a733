import { sql, type Transaction } from "kysely";
import { formatLocalTime } from "../../domain/common/time.ts";
import { daysLeft } from "../../domain/complaints/deadline.ts";
import { pathIds } from "../../domain/org/units.ts";
import { appendAudit, SYSTEM_ACTOR } from "../audit/append.ts";
import { compiledOnce } from "../db/compiled-once.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { orgTopics } from "../live/bus.ts";
import { notify, staffAt, usersWithRoles } from "../notifications/notify.ts";
import { DUE_KINDS } from "./clock.ts";
import { applyFigures, figureSource } from "./figures/rollup.ts";

/** Built once, and on PostgreSQL a named statement: every deadline a tick fires starts with it. */
const openComplaint = compiledOnce((db, id: number) =>
  db
    .selectFrom("complaints")
    .innerJoin("org_units", "org_units.id", "complaints.org_unit_id")
    .select([
      "complaints.id",
      "complaints.ref",
      "complaints.status",
      "complaints.handler_user_id",
      "complaints.decision_due_at",
      "complaints.org_unit_id",
      "org_units.path",
      "org_units.name",
      "org_units.parent_id",
    ])
    .where("complaints.id", "=", id)
    .where("complaints.status", "=", sql.lit("open")),
);

async function loadOpen(trx: Transaction<Database>, id: number) {
  return (await openComplaint(trx, id))[0];
}

/**
 * The consumer-protection officers nearest the complaint: at its unit, else the closest unit above with any.
 * One query for the whole path: asked level by level, a warning at an outlet took a round trip per level.
 */
async function nearestOfficers(trx: Transaction<Database>, path: string): Promise<number[]> {
  const units = pathIds(path);
  const officers = await staffAt(trx, units, ["cp_officer"]);
  const nearest = units.reverse().find((unit) => officers.some((o) => o.org_unit_id === unit));
  return officers.filter((o) => o.org_unit_id === nearest).map((o) => o.id);
}

/**
 * Deadline warnings to the handler and the officer 3 days before and on the due day; a breach marks the
 * complaint (flagged in every list) and escalates to the managers one level up.
 */
export function registerComplaintWarnings(deps: Deps): void {
  const tz = deps.config.timeZone;
  // Answered to the scheduler, which runs it once the firing has committed, so browsers refetch fresh data.
  const publish = (path: string, id: number, topics: string[]) => () =>
    deps.live.publish({ topics: [...orgTopics(path), ...topics], event: { type: "complaint.updated", id } });

  const warn =
    (key: "notify.complaint_warning" | "notify.complaint_due_today") =>
    async (trx: Transaction<Database>, item: { subjectId: number }, now: Date) => {
      const c = await loadOpen(trx, item.subjectId);
      if (!c?.decision_due_at) return;
      const recipients = [
        ...(c.handler_user_id ? [c.handler_user_id] : []),
        ...(await nearestOfficers(trx, c.path)),
      ];
      const params = {
        ref: c.ref,
        dueLocal: formatLocalTime(c.decision_due_at, tz),
        days: String(daysLeft(c.decision_due_at, now, tz)),
      };
      const topics = await notify(
        trx,
        recipients,
        {
          key,
          params,
          link: `/complaints/${c.id}`,
          outbound: {
            kind: "complaint_warning",
            orgUnitId: c.org_unit_id,
            unitName: c.name,
            ref: c.ref,
            subject: `办理时限 ${params.dueLocal}`,
            drill: false,
            link: `/complaints/${c.id}`,
          },
        },
        now,
      );
      return publish(c.path, c.id, topics);
    };
  deps.scheduler.handle(DUE_KINDS.before, warn("notify.complaint_warning"));
  deps.scheduler.handle(DUE_KINDS.due_day, warn("notify.complaint_due_today"));

  deps.scheduler.handle(DUE_KINDS.breach, async (trx, item, now) => {
    const c = await loadOpen(trx, item.subjectId);
    if (!c?.decision_due_at || Date.parse(c.decision_due_at) >= now.getTime()) return;
    const before = await figureSource(trx, c.id);
    await trx
      .updateTable("complaints")
      .set({ breached_at: now.toISOString() })
      .where("id", "=", c.id)
      .execute();
    await applyFigures(trx, before, await figureSource(trx, c.id), tz);
    await appendAudit(trx, SYSTEM_ACTOR, {
      action: "complaints.breach",
      entityType: "complaint",
      entityId: c.id,
      orgUnit: { id: c.org_unit_id, path: c.path },
      after: { decisionDueAt: c.decision_due_at },
    });
    const upper = c.parent_id ? await usersWithRoles(trx, [c.parent_id], ["manager", "cp_officer"]) : [];
    const recipients = [
      ...upper,
      ...(c.handler_user_id ? [c.handler_user_id] : []),
      ...(await nearestOfficers(trx, c.path)),
    ];
    const params = { ref: c.ref, unit: c.name, dueLocal: formatLocalTime(c.decision_due_at, tz) };
    const topics = await notify(
      trx,
      recipients,
      {
        key: "notify.complaint_breached",
        params,
        link: `/complaints/${c.id}`,
        outbound: {
          kind: "complaint_breach",
          orgUnitId: c.org_unit_id,
          unitName: c.name,
          ref: c.ref,
          subject: `办理时限 ${params.dueLocal}`,
          drill: false,
          link: `/complaints/${c.id}`,
          alsoUnitIds: c.parent_id ? [c.parent_id] : [],
        },
      },
      now,
    );
    return publish(c.path, c.id, topics);
  });
}
