import type { Kysely } from "kysely";
import type { Locale } from "../../domain/common/messages.ts";
import type { LevelReason } from "../../domain/opinion/level.ts";
import { type Asker, allowedOn } from "../../domain/opinion/policy.ts";
import type { Detail, ListItem } from "../../domain/opinion/schema.ts";
import { statementTransition } from "../../domain/opinion/statements.ts";
import { doesTask, TASKS } from "../../domain/opinion/tasks.ts";
import type { Topic } from "../../domain/opinion/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { visibleLinks } from "../links/store.ts";
import { type EventRow, getEvent, namesOf } from "./store.ts";

/** The caller as the event policy weighs them: who, in which role, where in the tree. */
export function askerOf(caller: Caller): Asker {
  const unit = caller.user.orgUnit;
  return { id: caller.user.id, role: caller.user.role, unitKind: unit.kind, unitPath: unit.path };
}

export function toListItem(r: EventRow): ListItem {
  return {
    id: r.id,
    ref: r.ref,
    status: r.status,
    level: r.level,
    platform: r.platform,
    summary: r.summary,
    orgUnit: { id: r.org_unit_id, name: r.org_name },
    firstSeenAt: r.first_seen_at,
    createdAt: r.created_at,
    verifyDueAt: r.verify_due_at,
    reportDueAt: r.report_due_at,
    verifiedAt: r.verified_at,
    reportedToBranchAt: r.reported_to_branch_at,
    drill: r.drill === 1,
  };
}

/** One event with its registers, as the caller may see it, and what the caller may do next. */
export async function eventDetail(db: Kysely<Database>, caller: Caller, id: number): Promise<Detail> {
  const r = await getEvent(db, caller.scopePath, id);
  const [units, links, screenshots, statements, entries] = await Promise.all([
    db
      .selectFrom("opinion_event_units as eu")
      .innerJoin("org_units as ou", "ou.id", "eu.org_unit_id")
      .select(["ou.id", "ou.name"])
      .where("eu.event_id", "=", id)
      .orderBy("ou.id")
      .execute(),
    visibleLinks(db, caller, { kind: "opinion_event", id }),
    db
      .selectFrom("opinion_screenshots")
      .select(["id", "file_name", "mime", "size"])
      .where("event_id", "=", id)
      .orderBy("id")
      .execute(),
    db.selectFrom("opinion_statements").selectAll().where("event_id", "=", id).orderBy("version").execute(),
    db.selectFrom("opinion_event_entries").selectAll().where("event_id", "=", id).orderBy("id").execute(),
  ]);
  const names = await namesOf(db, [
    r.created_by,
    r.spokesperson_id,
    ...statements.flatMap((s) => [s.drafted_by, s.approved_by]),
    ...entries.map((e) => e.actor_id),
  ]);
  const person = (userId: number | null) =>
    userId === null ? null : { id: userId, name: names.get(userId) ?? "" };
  const locale: Locale = caller.locale;
  const asker = askerOf(caller);
  const allowed = allowedOn(asker, {
    status: r.status,
    spokespersonId: r.spokesperson_id,
    reportedToBranch: r.reported_to_branch_at !== null,
    orgPath: r.org_path,
  });
  return {
    ...toListItem(r),
    url: r.url,
    author: r.author,
    sentiment: r.sentiment,
    topics: JSON.parse(r.topics_json) as Topic[],
    reach: { views: r.views, shares: r.shares, comments: r.comments, likes: r.likes },
    levelReasons: (JSON.parse(r.level_reasons_json) as LevelReason[]).map((reason) => reason[locale]),
    levelOverrideReason: r.level_override_reason,
    units,
    links: links.visible,
    screenshots: screenshots.map((s) => ({ id: s.id, fileName: s.file_name, mime: s.mime, size: s.size })),
    spokesperson: person(r.spokesperson_id),
    reviewText: r.review_text,
    closedAt: r.closed_at,
    createdBy: person(r.created_by) as { id: number; name: string },
    statements: statements.map((s) => ({
      id: s.id,
      version: s.version,
      text: s.text,
      status: s.status,
      draftedBy: person(s.drafted_by) as { id: number; name: string },
      draftedAt: s.drafted_at,
      approvedBy: person(s.approved_by),
      approvedAt: s.approved_at,
      publishedAt: s.published_at,
      publishedWhere: s.published_where,
      mayApprove:
        allowed.approveStatement &&
        statementTransition({ status: s.status, draftedBy: s.drafted_by }, { kind: "approve" }, asker.id).ok,
    })),
    tasks: TASKS.map((task) => {
      const done = entries.find((e) => e.kind === "task" && JSON.parse(e.data_json).task === task.id);
      return {
        id: task.id,
        move: task.move,
        roles: [...task.roles],
        doneBy: done ? person(done.actor_id) : null,
        doneAt: done?.at ?? null,
        mayDo: !done && allowed.record && doesTask(asker.role, task.id),
      };
    }),
    entries: entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      actor: person(e.actor_id),
      at: e.at,
      data: JSON.parse(e.data_json) as Record<string, unknown>,
    })),
    allowed,
  };
}
