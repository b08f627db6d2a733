import { type Kysely, sql } from "kysely";
import { can } from "../../domain/auth/permissions.ts";
import type { Locale } from "../../domain/common/messages.ts";
import type { WatchBoard } from "../../domain/watch/schema.ts";
import { type CellLevel, COMPLAINT_DUE_DAYS, itemColour, worse } from "../../domain/watch/worst.ts";
import type { Caller } from "../auth/session-user.ts";
import { complaintsInScope } from "../complaints/store.ts";
import { exceptionsInScope } from "../counter-exceptions/store.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { notFound } from "../http/errors.ts";
import { board } from "../incidents/store.ts";
import { eventsInScope } from "../opinion/store.ts";
import { presentWarning } from "../warnings/present.ts";
import { listWarnings } from "../warnings/store.ts";

/** At most this many of each kind: a board with more has its answer already. */
const CAP = 500;

/** Complaints open and due within three days, or past due: read from the (status, due) index. */
function dueComplaints(db: Kysely<Database>, scopePath: string, now: Date) {
  const horizon = new Date(now.getTime() + COMPLAINT_DUE_DAYS * 86_400_000).toISOString();
  return complaintsInScope(db, scopePath)
    .where("complaints.status", "=", sql.lit("open"))
    .where("complaints.decision_due_at", "<=", horizon)
    .orderBy("complaints.decision_due_at")
    .limit(sql.lit(CAP))
    .execute();
}

/** Exceptions handled but not followed up by their date: the partial index of handled ones by due date. */
function overdueExceptions(db: Kysely<Database>, scopePath: string, now: Date) {
  return exceptionsInScope(db, scopePath)
    .where("ce.status", "=", sql.lit("handled"))
    .where("ce.follow_up_due_at", "<=", now.toISOString())
    .orderBy("ce.follow_up_due_at")
    .limit(sql.lit(CAP))
    .execute();
}

/** Public-opinion events not closed, newest first, with the units each concerns besides its own. */
async function openOpinion(db: Kysely<Database>, scopePath: string) {
  const events = await eventsInScope(db, scopePath)
    .where("e.status", "!=", sql.lit("closed"))
    .orderBy("e.id", "desc")
    .limit(sql.lit(CAP))
    .execute();
  const ids = events.map((e) => e.id);
  const concerned =
    ids.length === 0
      ? []
      : await db
          .selectFrom("opinion_event_units")
          .select(["event_id", "org_unit_id"])
          .where("event_id", "in", ids)
          .execute();
  return events.map((e) => ({
    id: e.id,
    ref: e.ref,
    level: e.level,
    status: e.status,
    summary: e.summary,
    orgUnitId: e.org_unit_id,
    orgUnitName: e.org_name,
    unitIds: [e.org_unit_id, ...concerned.filter((c) => c.event_id === e.id).map((c) => c.org_unit_id)],
    firstSeenAt: e.first_seen_at,
    drill: e.drill === 1,
  }));
}

/**
 * The watch board of the caller's unit, or of a unit below it: open warnings, live incidents, open public-opinion events, complaints near or past their
 * deadline, overdue follow-ups, and each outlet in the subtree coloured by its worst open item. Each kind
 * is shown only to those who may read it.
 */
export async function watchBoard(
  db: Kysely<Database>,
  caller: Caller,
  locale: Locale,
  now: Date,
  unitId = caller.user.orgUnit.id,
): Promise<WatchBoard> {
  const { user } = caller;
  const unit = await db
    .selectFrom("org_units")
    .select(["id", "name", "kind", "path", "parent_id"])
    .where("id", "=", unitId)
    .where(startsWith("path", caller.scopePath))
    .executeTakeFirst();
  if (!unit) throw notFound();
  const scopePath = unit.path;
  const may = (action: Parameters<typeof can>[1]) => can(user.role, action);
  const [parent, subunits] = await Promise.all([
    unit.id === user.orgUnit.id || unit.parent_id === null
      ? undefined
      : db
          .selectFrom("org_units")
          .select(["id", "name", "kind"])
          .where("id", "=", unit.parent_id)
          .where(startsWith("path", caller.scopePath))
          .executeTakeFirst(),
    db
      .selectFrom("org_units")
      .select(["id", "name", "kind"])
      .where("parent_id", "=", unit.id)
      .where("kind", "!=", sql.lit("outlet"))
      .orderBy("code")
      .execute(),
  ]);
  const [warnings, incidents, opinion, complaints, exceptions, outlets] = await Promise.all([
    may("warnings.read") ? listWarnings(db, scopePath, {}) : [],
    may("incidents.read") ? board(db, scopePath, locale, now) : [],
    may("opinion.read") ? openOpinion(db, scopePath) : [],
    may("complaints.read") ? dueComplaints(db, scopePath, now) : [],
    may("counter_exceptions.read") ? overdueExceptions(db, scopePath, now) : [],
    db
      .selectFrom("org_units")
      .select(["id", "code", "name"])
      .where(startsWith("path", scopePath))
      .where("kind", "=", sql.lit("outlet"))
      .orderBy("code")
      .execute(),
  ]);

  const cells = new Map<number, { worst: CellLevel; open: number }>(
    outlets.map((o) => [o.id, { worst: "none", open: 0 }]),
  );
  const mark = (unitId: number, colour: CellLevel) => {
    const cell = cells.get(unitId);
    if (!cell || colour === "none") return;
    cell.worst = worse(cell.worst, colour);
    cell.open++;
  };
  const nowIso = now.toISOString();
  for (const w of warnings) mark(w.org_unit_id, itemColour.warning(w.level));
  for (const i of incidents) mark(i.orgUnitId, itemColour.incident(i.severity, i.drill));
  for (const o of opinion) for (const u of o.unitIds) mark(u, itemColour.opinion(o.level, o.drill));
  for (const c of complaints) mark(c.org_unit_id, itemColour.complaint((c.decision_due_at ?? "") < nowIso));
  for (const e of exceptions) mark(e.org_unit_id, itemColour.exception());

  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    parent: parent ?? null,
    subunits,
    warnings: warnings.map((w) => presentWarning(w, user.role)),
    incidents,
    opinion,
    complaints: complaints.map((c) => ({
      id: c.id,
      ref: c.ref,
      orgUnitId: c.org_unit_id,
      orgUnitName: c.org_name,
      summary: c.summary,
      decisionDueAt: c.decision_due_at ?? "",
      breached: (c.decision_due_at ?? "") < nowIso,
    })),
    exceptions: exceptions.map((e) => ({
      id: e.id,
      ref: e.ref,
      orgUnitId: e.org_unit_id,
      orgUnitName: e.org_name,
      typeLabel: locale === "zh" ? e.type_zh : e.type_en,
      followUpDueAt: e.follow_up_due_at ?? "",
    })),
    outlets: outlets.map((o) => ({ ...o, ...(cells.get(o.id) ?? { worst: "none" as const, open: 0 }) })),
  };
}
