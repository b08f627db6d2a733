import type { Transaction } from "kysely";
import { levelOf, NO_REACH } from "../../domain/opinion/level.ts";
import type { CreateEventBody } from "../../domain/opinion/schema.ts";
import { LEVEL_LABELS } from "../../domain/opinion/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { nextRef, provisionalRef } from "../db/refs.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { addLink } from "../links/commands.ts";
import { orgTopics } from "../live/bus.ts";
import { notify } from "../notifications/notify.ts";
import { deadlinesOf, scheduleDeadlines } from "./due.ts";
import { recordEntry } from "./entries.ts";
import { linkTarget } from "./links.ts";
import { handlersOf } from "./people.ts";
import { loadOpinionPolicy } from "./settings.ts";
import { unitInScope } from "./store.ts";

type Trx = Transaction<Database>;

export const drillParam = (drill: boolean) => (drill ? { zh: "【演练】", en: "[DRILL] " } : "");
export const LIVE_EVENT = "opinion.updated";

/**
 * Records an event (发现) in the caller's transaction: the rule gives its level, its two deadlines go on the
 * schedule, it takes its YQ number last (see db/refs.ts), and the people who work it at its unit are told.
 * Answers the new event and the live topics to ping after commit.
 */
export async function insertEvent(trx: Trx, deps: Deps, caller: Caller, body: CreateEventBody, now: Date) {
  const unit = body.orgUnitId
    ? await unitInScope(trx, caller.scopePath, body.orgUnitId, "orgUnitId")
    : caller.user.orgUnit;
  const others = [];
  for (const [i, id] of (body.unitIds ?? []).entries()) {
    if (id !== unit.id) others.push(await unitInScope(trx, caller.scopePath, id, `unitIds.${i}`));
  }
  const linked = body.linkRef ? await linkTarget(trx, caller, body.linkRef, "linkRef") : null;
  const reach = { ...NO_REACH, ...body.reach };
  const topics = body.topics ?? [];
  const decision = levelOf({ reach, topics, platform: body.platform });
  const due = deadlinesOf(now, decision.level, await loadOpinionPolicy(trx));
  const drill = body.drill ?? false;
  const { id } = await trx
    .insertInto("opinion_events")
    .values({
      ref: provisionalRef(),
      org_unit_id: unit.id,
      drill: drill ? 1 : 0,
      platform: body.platform,
      summary: body.summary,
      url: body.url ?? null,
      author: body.author || null,
      first_seen_at: new Date(body.firstSeenAt).toISOString(),
      sentiment: body.sentiment ?? "negative",
      topics_json: JSON.stringify(topics),
      ...reach,
      level: decision.level,
      level_reasons_json: JSON.stringify(decision.reasons),
      level_override_reason: null,
      status: "verification",
      spokesperson_id: null,
      verify_due_at: due.verifyDueAt,
      report_due_at: due.reportDueAt,
      verified_at: null,
      reported_to_branch_at: null,
      verify_escalations: 0,
      report_escalations: 0,
      review_text: null,
      closed_at: null,
      created_by: caller.user.id,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (others.length) {
    await trx
      .insertInto("opinion_event_units")
      .values(others.map((u) => ({ event_id: id, org_unit_id: u.id })))
      .execute();
  }
  await recordEntry(trx, id, caller.user.id, "discover", { level: decision.level }, now);
  await recordEntry(trx, id, caller.user.id, "reach", reach, now);
  if (body.capturedText)
    await recordEntry(trx, id, caller.user.id, "capture", { text: body.capturedText }, now);
  await scheduleDeadlines(trx, id, due, { verify: true, report: true });
  const ref = await nextRef(trx, "YQ", now, deps.config.timeZone);
  await trx.updateTable("opinion_events").set({ ref }).where("id", "=", id).execute();
  // Linked once the event has its reference, which the link's audit entry names.
  if (linked && body.linkRef) {
    const fields = { from: "linkRef", to: "linkRef" };
    await addLink(trx, caller, { kind: "opinion_event", id }, linked, now, fields);
    await recordEntry(trx, id, caller.user.id, "link", { kind: linked.kind, ref: body.linkRef }, now);
  }
  await appendAudit(trx, caller.actor, {
    action: "opinion.create",
    entityType: "opinion_event",
    entityId: id,
    orgUnit: unit,
    after: {
      ref,
      platform: body.platform,
      level: decision.level,
      topics,
      drill,
      units: others.map((u) => u.id),
    },
  });
  const recipients = new Set(await handlersOf(trx, unit.path));
  for (const other of others) for (const u of await handlersOf(trx, other.path)) recipients.add(u);
  recipients.delete(caller.user.id);
  const topicsToPing = await notify(
    trx,
    [...recipients],
    {
      key: "notify.opinion_created",
      params: {
        drill: drillParam(drill),
        level: LEVEL_LABELS[decision.level],
        unit: unit.name,
        ref,
        summary: body.summary.slice(0, 80),
      },
      link: `/opinion/${id}`,
    },
    now,
  );
  return { id, ref, level: decision.level, path: unit.path, topics: topicsToPing };
}

/** POST /api/opinion/events: one transaction, then the live ping to the unit's boards and inboxes. */
export async function createEvent(deps: Deps, caller: Caller, body: CreateEventBody) {
  const now = deps.now();
  const made = await deps.db.transaction().execute((trx) => insertEvent(trx, deps, caller, body, now));
  await deps.live.publish({
    topics: [...orgTopics(made.path), ...made.topics],
    event: { type: LIVE_EVENT, id: made.id },
  });
  return { id: made.id, ref: made.ref, level: made.level };
}
