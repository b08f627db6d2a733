import { type ExpressionBuilder, type Kysely, type SqlBool, sql } from "kysely";
import { jsonArrayFrom as postgresArray } from "kysely/helpers/postgres";
import { jsonArrayFrom as sqliteArray } from "kysely/helpers/sqlite";
import type { z } from "zod";
import type { Role } from "../../domain/auth/roles.ts";
import {
  formatMessage,
  isMessageKey,
  type Locale,
  localizeParams,
  type MessageKey,
} from "../../domain/common/messages.ts";
import { betterCategory, planContacts } from "../../domain/incidents/answers.ts";
import { CATEGORIES } from "../../domain/incidents/categories.ts";
import { CONTACT_LABELS, PUBLIC_NUMBERS } from "../../domain/incidents/guidance.ts";
import { PRINCIPLES, STEP_KEYS, STEP_TITLES } from "../../domain/incidents/playbook.ts";
import { allowedSteps, roomPermissions } from "../../domain/incidents/policy.ts";
import type { Incident, listIncidentsQuery } from "../../domain/incidents/schema.ts";
import { SEVERITY_RANK } from "../../domain/incidents/severity.ts";
import type { PlaybookContent } from "../../domain/knowhow/playbook.ts";
import { isWithin, pathIds } from "../../domain/org/units.ts";
import { compiledOnce } from "../db/compiled-once.ts";
import { isPostgres } from "../db/dialect.ts";
import { fromJson } from "../db/json-rows.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { invalid, notFound } from "../http/errors.ts";
import { armsBy, filterPath, newestFirst, smallSubtree } from "../org/subtree.ts";
import { incidentPlaybook, taskText } from "./playbook.ts";

/**
 * The incidents that cover another outlet under `scopePath` (incident_outlets), whoever reported them: staff
 * of every outlet a disaster covers open its room, though it stays owned by the unit that reported it.
 */
const coveredUnder = (eb: ExpressionBuilder<Database, "incidents">, scopePath: string) =>
  eb("incidents.id", "in", coveredIds(eb, scopePath));

const coveredIds = (eb: ExpressionBuilder<Database, "incidents">, scopePath: string) =>
  eb
    .selectFrom("incident_outlets")
    .innerJoin("org_units as covered", "covered.id", "incident_outlets.org_unit_id")
    .select("incident_outlets.incident_id")
    .where(startsWith("covered.path", scopePath));

/**
 * coveredUnder as the one condition a list's last arm reads by: the few covered incidents fetched by id. As
 * `IN (subquery)`, PostgreSQL walked every newer incident of the bank and probed the subquery for each; as an
 * array, it looks the ids up in the primary key.
 */
const readCoveredUnder =
  (db: Kysely<Database>, scopePath: string) => (eb: ExpressionBuilder<Database, "incidents">) =>
    isPostgres(db)
      ? sql<SqlBool>`${sql.ref("incidents.id")} = ANY(ARRAY(${coveredIds(eb, scopePath)}))`
      : coveredUnder(eb, scopePath);

/** The one scope of incidents: reported inside the caller's subtree, or covering an outlet inside it. */
function inScope(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("incidents")
    .innerJoin("org_units", "org_units.id", "incidents.org_unit_id")
    .innerJoin("users as reporter", "reporter.id", "incidents.reported_by")
    .selectAll("incidents")
    .select([
      "org_units.name as org_name",
      "org_units.path as org_path",
      "reporter.display_name as reporter_name",
    ])
    .where((eb) => eb.or([startsWith("org_units.path", scopePath), coveredUnder(eb, scopePath)]));
}

export type IncidentRow = Awaited<ReturnType<ReturnType<typeof inScope>["executeTakeFirstOrThrow"]>>;

/** One incident inside the caller's subtree; outside it, as absent as one that does not exist. */
export async function getIncidentRow(
  db: Kysely<Database>,
  scopePath: string,
  id: number,
): Promise<IncidentRow> {
  const row = await inScope(db, scopePath).where("incidents.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

function summarise(r: IncidentRow, locale: Locale, now: Date) {
  return {
    id: r.id,
    ref: r.ref,
    category: r.category,
    categoryLabel: CATEGORIES[r.category].label[locale],
    summary: r.summary,
    status: r.status,
    severity: r.severity,
    drill: r.drill === 1,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.org_name,
    reportedAt: r.reported_at,
    reportedBy: r.reporter_name,
    ackDueAt: r.ack_due_at,
    acknowledgedAt: r.acknowledged_at,
    escalationLevel: r.escalation_level,
    overdue: r.acknowledged_at === null && new Date(r.ack_due_at) <= now,
  };
}

export async function listIncidents(
  db: Kysely<Database>,
  scopePath: string,
  filter: z.infer<typeof listIncidentsQuery> & { limit: number; cursor?: string },
  locale: Locale,
  now: Date,
) {
  let q = inScope(db, scopePath);
  if (filter.status) q = q.where("incidents.status", "=", filter.status);
  if (filter.category) q = q.where("incidents.category", "=", filter.category);
  if (filter.severity) q = q.where("incidents.severity", "=", filter.severity);
  if (filter.drill) q = q.where("incidents.drill", "=", filter.drill === "true" ? 1 : 0);
  const narrowest = await filterPath(db, scopePath, filter.orgUnitId);
  if (narrowest !== scopePath) q = q.where(startsWith("org_units.path", narrowest));
  const units = await smallSubtree(db, narrowest);
  if (filter.from) q = q.where("incidents.reported_at", ">=", new Date(filter.from).toISOString());
  if (filter.to) q = q.where("incidents.reported_at", "<", new Date(filter.to).toISOString());
  const before = decodeCursor(filter.cursor);
  if (before !== null) q = q.where("incidents.id", "<", before);
  // Walked unit by unit, the arms hold the subtree's own incidents; one more holds those it is only covered by,
  // read by id from incident_outlets rather than by walking every newer incident of the bank.
  const arms = [armsBy(q, "incidents.org_unit_id", units)];
  if (units && narrowest === scopePath) {
    const covered = q.where(readCoveredUnder(db, scopePath)).where("incidents.org_unit_id", "not in", units);
    arms.push(armsBy(covered, "incidents.org_unit_id", null));
  }
  const rows = await newestFirst(db, arms, "incidents.id", filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map((r) => summarise(r, locale, now)),
    nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}

/** Open incidents of the subtree, most severe first, then the most overdue acknowledgement first. */
export async function board(db: Kysely<Database>, scopePath: string, locale: Locale, now: Date) {
  // On SQLite a small subtree probes the open-incidents index unit by unit; by path alone, every outlet's
  // board read all the bank's open incidents and kept its own. On PostgreSQL the units' lookup is a round
  // trip that costs more than that read. The status and the cap are written into the statement: SQLite
  // prepares a statement again at every run when a value bound in it is one the planner compared with the
  // partial index's predicate, or a LIMIT (bench/README.md, "Boards read the whole bank's open incidents";
  // "SQLite statements prepared anew at every execution").
  const units = isPostgres(db) ? null : await smallSubtree(db, scopePath);
  let open = inScope(db, scopePath).where("incidents.status", "<>", sql.lit("closed"));
  if (units)
    open = open.where((eb) => eb.or([eb("incidents.org_unit_id", "in", units), coveredUnder(eb, scopePath)]));
  // Capped, the most severe are kept: severity codes sort as their ranks do (I < II < III).
  const rows = await open
    .orderBy("incidents.severity")
    .orderBy("incidents.ack_due_at")
    .limit(sql.lit(500))
    .execute();
  return rows
    .map((r) => summarise(r, locale, now))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        Number(b.overdue) - Number(a.overdue) ||
        a.ackDueAt.localeCompare(b.ackDueAt),
    );
}

/**
 * The phone numbers a category needs: public ones, then the nearest configured number up the tree; last, the
 * outlet head's mobile. The units above the incident and its outlet head are read in one statement.
 */
async function contactsFor(db: Kysely<Database>, r: IncidentRow, playbook: PlaybookContent, locale: Locale) {
  const units = await db
    .selectFrom("org_units")
    .select(["id", "kind", "duty_phone", "tech_support_phone"])
    // Looked up for the incident's own unit only, not for each unit above it.
    .select((eb) =>
      eb
        .case()
        .when("org_units.id", "=", r.org_unit_id)
        .then(
          eb
            .selectFrom("users")
            .select("mobile_phone")
            .whereRef("users.org_unit_id", "=", "org_units.id")
            .where("users.role", "=", "outlet_head")
            .where("users.disabled_at", "is", null)
            .where("users.mobile_phone", "is not", null)
            .orderBy("users.id")
            .limit(1),
        )
        .end()
        .as("head_phone"),
    )
    .where("id", "in", pathIds(r.org_path))
    .execute();
  const upward = pathIds(r.org_path)
    .reverse()
    .map((id) => units.find((u) => u.id === id))
    .filter((u) => u !== undefined);
  const phoneOf = (kind: string) => {
    if (kind === "tech_support") return upward.find((u) => u.tech_support_phone)?.tech_support_phone ?? null;
    if (kind === "sub_branch_duty") return upward.find((u) => u.kind === "sub_branch")?.duty_phone ?? null;
    if (kind === "branch_office") return upward.find((u) => u.kind === "branch")?.duty_phone ?? null;
    return null;
  };
  const planned = planContacts(playbook, JSON.parse(r.answers_json)).map((kind) => ({
    kind,
    label: CONTACT_LABELS[kind][locale],
    phone: PUBLIC_NUMBERS[kind] ?? phoneOf(kind),
  }));
  // Whatever the category: the outlet head's mobile (the outlet's duty phone when it is unknown).
  const outlet = units.find((u) => u.id === r.org_unit_id);
  const outletHead = {
    kind: "outlet_head",
    label: CONTACT_LABELS.outlet_head[locale],
    phone: outlet?.head_phone ?? outlet?.duty_phone ?? null,
  };
  return [...planned, outletHead];
}

/** The other outlets an event covers besides the unit that reported it, in the order they were added. */
export async function coveredOutlets(db: Kysely<Database>, incidentId: number) {
  return db
    .selectFrom("incident_outlets")
    .innerJoin("org_units", "org_units.id", "incident_outlets.org_unit_id")
    .select(["org_units.id", "org_units.name", "org_units.path"])
    .where("incident_outlets.incident_id", "=", incidentId)
    .orderBy("incident_outlets.added_at")
    .orderBy("org_units.id")
    .execute();
}

/** An active user of the incident's unit or above, the only people a role or a task can be handed to. */
export async function colleagueFor(db: Kysely<Database>, row: IncidentRow, userId: number) {
  const user = await db
    .selectFrom("users")
    .innerJoin("org_units", "org_units.id", "users.org_unit_id")
    .select(["users.id", "users.display_name", "org_units.path", "users.disabled_at"])
    .where("users.id", "=", userId)
    .executeTakeFirst();
  if (!user || user.disabled_at || !isWithin(row.org_path, user.path))
    throw invalid("userId", "incidents.user_not_in_unit");
  return user;
}

/** Whether the viewer holds the incident's commander role, which lets them command as the outlet head does. */
export const holdsCommander = (viewerId: number, roles: { role: string; user_id: number }[]) =>
  roles.some((x) => x.role === "commander" && x.user_id === viewerId);

/**
 * One incident inside the caller's subtree with its playbook tasks, the roles people have taken, the other outlets
 * it covers and the content of the playbook version it runs on, in one statement: each list a JSON array of its
 * rows (two statements before, five before those). Outside the subtree, as absent as one that does not exist.
 */
export async function loadIncident(db: Kysely<Database>, scopePath: string, id: number) {
  const [found] = await incidentQuery(db, scopePath, id);
  if (!found) throw notFound();
  const { tasks, roles, outlets, playbook_json, ...row } = found;
  const children = {
    tasks: fromJson(tasks),
    roles: fromJson(roles),
    outlets: fromJson(outlets),
    playbook: playbook_json === null ? null : (JSON.parse(playbook_json) as PlaybookContent),
  };
  return { row: row satisfies IncidentRow, children };
}

// Built once, and on PostgreSQL a named statement: planning it cost more than running it.
const incidentQuery = compiledOnce((db, scopePath: string, id: number) => {
  const jsonArrayFrom = isPostgres(db) ? postgresArray : sqliteArray;
  return inScope(db, scopePath)
    .where("incidents.id", "=", id)
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom("incident_tasks")
          .leftJoin("users", "users.id", "incident_tasks.done_by")
          .leftJoin("users as assignee", "assignee.id", "incident_tasks.assigned_to")
          .select([
            "incident_tasks.id",
            "incident_tasks.step",
            "incident_tasks.template_key",
            "incident_tasks.text_json",
            "incident_tasks.role",
            "incident_tasks.note",
            "incident_tasks.assigned_to",
          ])
          .select([
            "incident_tasks.done_at",
            "users.display_name as done_by_name",
            "assignee.display_name as assignee_name",
          ])
          .whereRef("incident_tasks.incident_id", "=", "incidents.id")
          .orderBy("incident_tasks.position"),
      ).as("tasks"),
      jsonArrayFrom(
        eb
          .selectFrom("incident_roles")
          .innerJoin("users", "users.id", "incident_roles.user_id")
          .select(["incident_roles.role", "incident_roles.user_id", "users.display_name"])
          .whereRef("incident_roles.incident_id", "=", "incidents.id"),
      ).as("roles"),
      jsonArrayFrom(
        eb
          .selectFrom("incident_outlets")
          .innerJoin("org_units", "org_units.id", "incident_outlets.org_unit_id")
          .select(["org_units.id", "org_units.name"])
          .whereRef("incident_outlets.incident_id", "=", "incidents.id")
          .orderBy("incident_outlets.added_at")
          .orderBy("org_units.id"),
      ).as("outlets"),
      eb
        .selectFrom("knowhow_versions")
        .select("content_json")
        .whereRef("knowhow_versions.id", "=", "incidents.playbook_version_id")
        .as("playbook_json"),
    ]);
});

export type IncidentChildren = Awaited<ReturnType<typeof loadIncident>>["children"];

/** The whole incident as the room shows it, in the reader's language, with the steps this reader may take. */
export async function presentIncident(
  db: Kysely<Database>,
  r: IncidentRow,
  children: IncidentChildren,
  viewer: { id: number; role: Role },
  locale: Locale,
  now: Date,
): Promise<Incident> {
  const { tasks, roles } = children;
  const followUpDone = tasks.filter((t) => t.step === "follow_up").every((t) => t.done_at !== null);
  const review = r.review_json ? JSON.parse(r.review_json) : null;
  const playbook = children.playbook ?? (await incidentPlaybook(db, r)).content;
  return {
    ...summarise(r, locale, now),
    severityReason: JSON.parse(r.severity_reason_json)[locale],
    answers: JSON.parse(r.answers_json),
    stabilisedAt: r.stabilised_at,
    closedAt: r.closed_at,
    playbook: {
      steps: STEP_KEYS.map((key) => ({
        key,
        title: STEP_TITLES[key][locale],
        tasks: tasks
          .filter((t) => t.step === key)
          .map((t) => ({
            id: t.id,
            role: t.role,
            text: taskText(t.text_json, locale),
            done: t.done_at !== null,
            doneBy: t.done_by_name,
            assignedTo: t.assigned_to !== null ? { id: t.assigned_to, name: t.assignee_name ?? "" } : null,
            note: t.note,
          })),
      })),
      principles: PRINCIPLES.map((p) => ({ key: p.key, text: p.text[locale] })),
    },
    outlets: children.outlets,
    contacts: await contactsFor(db, r, playbook, locale),
    calming: playbook.calming.map((c) => c[locale]),
    betterCategory: betterCategory(r.category, playbook, JSON.parse(r.answers_json)),
    roles: roles.map((x) => ({ role: x.role, userId: x.user_id, displayName: x.display_name })),
    review,
    allowedActions: allowedSteps(viewer.role, { status: r.status, followUpDone, reviewed: review !== null }),
    may: roomPermissions(viewer.role, r.status, holdsCommander(viewer.id, roles)),
  };
}

/** The timeline, oldest first, each entry worded in the reader's language. */
export async function timeline(db: Kysely<Database>, incidentId: number, locale: Locale) {
  const rows = await db
    .selectFrom("incident_events")
    .leftJoin("users", "users.id", "incident_events.actor_id")
    .select(["incident_events.id", "at", "kind", "params_json", "users.display_name"])
    .where("incident_id", "=", incidentId)
    .orderBy("incident_events.id")
    .execute();
  return rows.map((e) => {
    const params = {
      actor: e.display_name ?? (locale === "zh" ? "系统" : "System"),
      ...localizeParams(JSON.parse(e.params_json), locale),
    };
    const key = `timeline.${e.kind}`;
    return {
      id: e.id,
      at: e.at,
      actor: e.display_name,
      kind: e.kind,
      text: isMessageKey(key) ? formatMessage(key as MessageKey, locale, params) : e.kind,
    };
  });
}
