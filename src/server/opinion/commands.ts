import type { Transaction, Updateable } from "kysely";
import { can } from "../../domain/auth/permissions.ts";
import { refuse, type Transition } from "../../domain/common/transition.ts";
import { levelOf } from "../../domain/opinion/level.ts";
import { openTransition, type Step } from "../../domain/opinion/lifecycle.ts";
import { decideStep } from "../../domain/opinion/policy.ts";
import type { EntryBody, ReachBody, StepBody } from "../../domain/opinion/schema.ts";
import { spokespersonRefusal } from "../../domain/opinion/statements.ts";
import { doesTask, type TaskId } from "../../domain/opinion/tasks.ts";
import { type Level, STATUS_LABELS, type Status, type Topic } from "../../domain/opinion/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import { type RecordKind, runCommand, statusParam } from "../common/command.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { conflict, invalid } from "../http/errors.ts";
import { addLink } from "../links/commands.ts";
import { cancelDue } from "../scheduler/scheduler.ts";
import { LIVE_EVENT } from "./create.ts";
import { deadlinesOf, REPORT_DUE, scheduleDeadlines, VERIFY_DUE } from "./due.ts";
import { recordEntry } from "./entries.ts";
import { linkTarget } from "./links.ts";
import { loadOpinionPolicy } from "./settings.ts";
import { type EventRow, getEvent } from "./store.ts";
import type { OpinionEventTable } from "./tables.ts";

type Trx = Transaction<Database>;

export const opinionEvents: RecordKind<EventRow, "opinion"> = {
  auditPrefix: "opinion",
  entityType: "opinion_event",
  liveEvent: LIVE_EVENT,
  load: getEvent,
  refusalParams: statusParam(STATUS_LABELS),
};

const handles = (caller: Caller) => can(caller.user.role, "opinion.handle");

/** Anything recorded on an open event by someone who works events. */
function onOpen(caller: Caller) {
  return (row: EventRow): Transition<Status> =>
    handles(caller) ? openTransition(row.status) : refuse(403, "forbidden");
}

const touch = (trx: Trx, id: number, now: Date, set: Updateable<OpinionEventTable> = {}) =>
  trx
    .updateTable("opinion_events")
    .set({ ...set, updated_at: now.toISOString() })
    .where("id", "=", id)
    .execute();

/** One step of 核实 → 研判 → 处置 → 跟踪 → 复盘; the review closes the event and its text is kept. */
export function takeStep(deps: Deps, caller: Caller, id: number, body: StepBody) {
  if (body.step === "verify" && !body.outcome) throw invalid("outcome", "opinion.reason_required");
  const step = (
    body.step === "verify" ? { kind: "verify", outcome: body.outcome } : { kind: body.step }
  ) as Step;
  return runCommand(
    deps,
    caller,
    opinionEvents,
    id,
    (row) => decideStep(caller.user.role, row.status, step),
    async ({ trx, row, next, now, audit }) => {
      const at = now.toISOString();
      await touch(trx, id, now, {
        status: next,
        ...(step.kind === "verify" && { verified_at: at }),
        ...(step.kind === "review" && { review_text: body.note }),
        ...(next === "closed" && { closed_at: at }),
      });
      if (step.kind === "verify") await cancelDue(trx, VERIFY_DUE, id);
      if (next === "closed") await cancelDue(trx, REPORT_DUE, id);
      const data = { note: body.note, ...(step.kind === "verify" && { outcome: step.outcome }) };
      await recordEntry(trx, id, caller.user.id, step.kind, data, now);
      await audit(step.kind, { status: row.status }, { status: next, ...data });
      return { result: null };
    },
  );
}

/** A level set by hand, against the rule, with why; the deadlines follow the new level. */
export function overrideLevel(deps: Deps, caller: Caller, id: number, level: Level, reason: string) {
  return runCommand(deps, caller, opinionEvents, id, onOpen(caller), async ({ trx, row, now, audit }) => {
    const due = deadlinesOf(new Date(row.created_at), level, await loadOpinionPolicy(trx));
    await touch(trx, id, now, {
      level,
      level_override_reason: reason,
      verify_due_at: due.verifyDueAt,
      report_due_at: due.reportDueAt,
    });
    await scheduleDeadlines(trx, id, due, {
      verify: row.status === "verification",
      report: row.reported_to_branch_at === null,
    });
    await recordEntry(trx, id, caller.user.id, "level", { from: row.level, to: level, reason }, now);
    await audit("set_level", { level: row.level }, { level, reason });
    return { result: null };
  });
}

/** New reach figures; the rule weighs them again unless someone has overridden its level. */
export function updateReach(deps: Deps, caller: Caller, id: number, reach: ReachBody) {
  return runCommand(deps, caller, opinionEvents, id, onOpen(caller), async ({ trx, row, now, audit }) => {
    const level = await weighReach(trx, row, reach, now);
    await recordEntry(trx, id, caller.user.id, "reach", reach, now);
    const before = { views: row.views, shares: row.shares, comments: row.comments, likes: row.likes };
    await audit("reach", { ...before, level: row.level }, { ...reach, level });
    return { result: null };
  });
}

/** What weighing new reach figures reads of an event. */
export const REACH_COLUMNS = [
  "id",
  "topics_json",
  "platform",
  "level",
  "level_override_reason",
  "created_at",
  "status",
  "reported_to_branch_at",
  "views",
  "shares",
  "comments",
  "likes",
] as const;

/**
 * New reach figures on an open event, by hand or from a feed: the rule weighs them again (unless someone
 * overrode the level) and the deadlines follow a new level. Answers the level the event now has.
 */
export async function weighReach(
  trx: Trx,
  row: Pick<EventRow, (typeof REACH_COLUMNS)[number]>,
  reach: ReachBody,
  now: Date,
): Promise<Level> {
  const topics = JSON.parse(row.topics_json) as Topic[];
  const decision = levelOf({ reach, topics, platform: row.platform });
  const level = row.level_override_reason === null ? decision.level : row.level;
  const due = deadlinesOf(new Date(row.created_at), level, await loadOpinionPolicy(trx));
  await touch(trx, row.id, now, {
    ...reach,
    level,
    level_reasons_json: JSON.stringify(decision.reasons),
    verify_due_at: due.verifyDueAt,
    report_due_at: due.reportDueAt,
  });
  if (level !== row.level) {
    await scheduleDeadlines(trx, row.id, due, {
      verify: row.status === "verification",
      report: row.reported_to_branch_at === null,
    });
  }
  return level;
}

/** The report to the branch (报告分行), once; it stops that deadline's clock. */
export function reportToBranch(deps: Deps, caller: Caller, id: number, note: string | undefined) {
  const decide = (row: EventRow) => {
    if (row.reported_to_branch_at !== null) return refuse(409, "opinion.already_reported");
    return onOpen(caller)(row);
  };
  return runCommand(deps, caller, opinionEvents, id, decide, async ({ trx, now, audit }) => {
    await touch(trx, id, now, { reported_to_branch_at: now.toISOString() });
    await cancelDue(trx, REPORT_DUE, id);
    await recordEntry(trx, id, caller.user.id, "report_branch", { note: note ?? null }, now);
    await audit("report_branch", null, { note: note ?? null });
    return { result: null };
  });
}

/** The one person who answers the media about this event: an active user within the caller's scope. */
export function designateSpokesperson(deps: Deps, caller: Caller, id: number, userId: number) {
  return runCommand(deps, caller, opinionEvents, id, onOpen(caller), async ({ trx, row, now, audit }) => {
    const user = await trx
      .selectFrom("users")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .select(["users.id", "users.display_name"])
      .where("users.id", "=", userId)
      .where("users.disabled_at", "is", null)
      .where(startsWith("org_units.path", caller.scopePath))
      .executeTakeFirst();
    if (!user) throw invalid("userId", "opinion.spokesperson_outside");
    await touch(trx, id, now, { spokesperson_id: user.id });
    await recordEntry(
      trx,
      id,
      caller.user.id,
      "spokesperson",
      { userId: user.id, name: user.display_name },
      now,
    );
    await audit("spokesperson", { userId: row.spokesperson_id }, { userId: user.id });
    return { result: null };
  });
}

/**
 * A register entry: a media contact (by the spokesperson only), a rumour with the facts that rebut it, a
 * reputation-risk note, or a piece of follow-up publicity.
 */
export function addEntry(deps: Deps, caller: Caller, id: number, body: EntryBody) {
  const decide = (row: EventRow) => {
    if (body.kind === "media_contact") {
      const refusal = spokespersonRefusal(row.spokesperson_id, caller.user.id);
      if (refusal) return { ok: false as const, refusal };
    }
    return onOpen(caller)(row);
  };
  return runCommand(deps, caller, opinionEvents, id, decide, async ({ trx, now, audit }) => {
    const { kind, ...data } = body;
    await touch(trx, id, now);
    await recordEntry(trx, id, caller.user.id, kind, data, now);
    await audit("record", null, { kind, ...data });
    return { result: null };
  });
}

/** One task of the five moves ticked, once, by someone of its roles; the timeline keeps who and when. */
export function doTask(deps: Deps, caller: Caller, id: number, task: TaskId) {
  const decide = (row: EventRow) =>
    doesTask(caller.user.role, task) ? onOpen(caller)(row) : refuse(403, "opinion.task_role");
  return runCommand(deps, caller, opinionEvents, id, decide, async ({ trx, now, audit }) => {
    const done = await trx
      .selectFrom("opinion_event_entries")
      .select("id")
      .where("event_id", "=", id)
      .where("kind", "=", "task")
      .where("data_json", "=", JSON.stringify({ task }))
      .executeTakeFirst();
    if (done) throw conflict("task", "opinion.task_done");
    await recordEntry(trx, id, caller.user.id, "task", { task }, now);
    await audit("task", null, { task });
    return { result: null };
  });
}

/** Captured text of the post, kept as it was when seen. */
export function addCapture(deps: Deps, caller: Caller, id: number, text: string) {
  return runCommand(deps, caller, opinionEvents, id, onOpen(caller), async ({ trx, now, audit }) => {
    await recordEntry(trx, id, caller.user.id, "capture", { text }, now);
    await audit("record", null, { kind: "capture" });
    return { result: null };
  });
}

/**
 * Links a complaint, incident or counter exception the caller can see, by its reference, on record_links
 * (audited there as the link made from the event); the event's timeline notes it.
 */
export function linkRecord(deps: Deps, caller: Caller, id: number, ref: string) {
  return runCommand(deps, caller, opinionEvents, id, onOpen(caller), async ({ trx, now }) => {
    const target = await linkTarget(trx, caller, ref, "ref");
    await addLink(trx, caller, { kind: "opinion_event", id }, target, now, { from: "id", to: "ref" });
    await recordEntry(trx, id, caller.user.id, "link", { kind: target.kind, ref }, now);
    return { result: null };
  });
}
