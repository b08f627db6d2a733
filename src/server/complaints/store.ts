import type { Kysely } from "kysely";
import { jsonArrayFrom as postgresArray } from "kysely/helpers/postgres";
import { jsonArrayFrom as sqliteArray } from "kysely/helpers/sqlite";
import type { z } from "zod";
import type { CategoryEntry } from "../../domain/complaints/classification.ts";
import type { listComplaintsQuery } from "../../domain/complaints/schema.ts";
import { compiledOnce } from "../db/compiled-once.ts";
import { isPostgres } from "../db/dialect.ts";
import { fromJson } from "../db/json-rows.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { notFound } from "../http/errors.ts";
import { orgUnitColumns, toOrgUnit } from "../org/store.ts";
import { armsBy, filterPath, newestFirst, smallSubtree } from "../org/subtree.ts";
import { categoriesOf, tablesAsJson, withTables } from "./tables-cache.ts";

/** Complaints under scopePath with their unit and handler: the one place that scopes complaint reads. */
export function complaintsInScope(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("complaints")
    .innerJoin("org_units", "org_units.id", "complaints.org_unit_id")
    .leftJoin("users as handler", "handler.id", "complaints.handler_user_id")
    .selectAll("complaints")
    .select([
      "org_units.code as org_code",
      "org_units.name as org_name",
      "org_units.path as org_path",
      "org_units.kind as org_kind",
      "org_units.parent_id as org_parent_id",
      "handler.display_name as handler_name",
    ])
    .where(startsWith("org_units.path", scopePath));
}

export type ComplaintRow = Awaited<
  ReturnType<ReturnType<typeof complaintsInScope>["executeTakeFirstOrThrow"]>
>;

/** One complaint inside the caller's scope; outside it, as absent as one that does not exist. */
export async function getComplaintRow(
  db: Kysely<Database>,
  scopePath: string,
  id: number,
): Promise<ComplaintRow> {
  const row = await complaintsInScope(db, scopePath).where("complaints.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function loadCategories(db: Kysely<Database>): Promise<CategoryEntry[]> {
  return categoriesOf(await db.selectFrom("complaint_categories").selectAll().orderBy("sort").execute());
}

/**
 * What a registration reads before it writes, in one statement (three before): the unit in the caller's
 * scope, with the category table and the administrators' calendar days (sent as JSON arrays only when they
 * changed since the server last read them: tables-cache.ts). Undefined when the unit is not in scope.
 */
export async function loadRegistrationInputs(db: Kysely<Database>, scopePath: string, unitId: number) {
  const found = await withTables(
    async (known) => (await registrationInputs(db, scopePath, unitId, known))[0],
  );
  return found && { unit: toOrgUnit(found.row), ...found.tables };
}

// Built once, and on PostgreSQL a named statement: every registration starts with it.
const registrationInputs = compiledOnce((db, scopePath: string, unitId: number, known: string) =>
  db
    .selectFrom("org_units")
    .select(orgUnitColumns)
    .select(tablesAsJson(db, known))
    .where("org_units.id", "=", unitId)
    .where(startsWith("org_units.path", scopePath)),
);

/**
 * Open complaints past their deadline that the breach job has not flagged yet: few at any moment, read through
 * the partial index on (status, due) of unflagged complaints (migration 026).
 */
export const overdueUnflaggedRows = (db: Kysely<Database>, now: Date) =>
  db
    .selectFrom("complaints")
    .where("complaints.status", "=", "open")
    .where("complaints.breached_at", "is", null)
    .where("complaints.decision_due_at", "<", now.toISOString());

const MAX_ARMS = 448;

/** The channel codes at or under `prefix` in the editable category table (codes are never deleted). */
async function channelsUnder(db: Kysely<Database>, prefix: string): Promise<string[]> {
  const rows = await db
    .selectFrom("complaint_categories")
    .select("code")
    .where("axis", "=", "channel")
    .where(startsWith("code", prefix.replace(/[%_]/g, "")))
    .execute();
  return rows.map((r) => r.code);
}

/**
 * The smallest id of a complaint received at or after `from`, null when none was: a bound that stops each
 * walk of a date-filtered page where the date range begins (migration 202).
 */
async function firstIdReceivedFrom(db: Kysely<Database>, from: string): Promise<number | null> {
  const row = await db
    .selectFrom("complaint_first_ids")
    .select((eb) => eb.fn.min("first_id").as("first"))
    .where("day", ">=", from.slice(0, 10))
    .executeTakeFirst();
  return row?.first ?? null;
}

type ListFilter = z.infer<typeof listComplaintsQuery> & { limit: number; cursor?: string };

/** Newest first, keyset on id; every filter narrows inside the scope, never beyond it. */
export async function listComplaintRows(
  db: Kysely<Database>,
  scopePath: string,
  filter: ListFilter,
  now: Date,
) {
  let q = complaintsInScope(db, scopePath);
  const narrowest = await filterPath(db, scopePath, filter.orgUnitId);
  if (narrowest !== scopePath) q = q.where(startsWith("org_units.path", narrowest));
  const units = await smallSubtree(db, narrowest);
  if (filter.status) q = q.where("complaints.status", "=", filter.status);
  if (filter.grade) q = q.where("complaints.grade", "=", filter.grade);
  if (filter.handlerId) q = q.where("complaints.handler_user_id", "=", filter.handlerId);
  if (filter.businessCategory) q = q.where("complaints.business_category_code", "=", filter.businessCategory);
  if (filter.cause) q = q.where("complaints.cause_code", "=", filter.cause);
  if (filter.receivedFrom) {
    const from = new Date(filter.receivedFrom).toISOString();
    const first = await firstIdReceivedFrom(db, from);
    if (first === null) return { rows: [], nextCursor: null };
    q = q.where("complaints.received_at", ">=", from).where("complaints.id", ">=", first);
  }
  if (filter.receivedTo)
    q = q.where("complaints.received_at", "<", new Date(filter.receivedTo).toISOString());
  if (filter.breached === "false") {
    q = q
      .where("complaints.breached_at", "is", null)
      .where((eb) =>
        eb.or([
          eb("complaints.decision_due_at", "is", null),
          eb("complaints.decision_due_at", ">=", now.toISOString()),
        ]),
      );
  }
  if (filter.q) {
    // Searches reference and summary only: personal data is not a search key for everyone who may list.
    const like = `%${filter.q.replace(/[%_]/g, "")}%`;
    q = q.where((eb) => eb.or([eb("complaints.ref", "like", like), eb("complaints.summary", "like", like)]));
  }
  const after = decodeCursor(filter.cursor);
  if (after !== null) q = q.where("complaints.id", "<", after);
  // "Breached" is the complaints the breach job flagged (a partial index on id, walked newest first) and the
  // few still open past due that it has not reached yet, looked up first (a partial index of unflagged
  // complaints by status and due time). As one OR, a branch's page walked the table newest first until it
  // found its breached complaints (bench/README.md, "Figures once kept in code comments").
  let halves = [q];
  if (filter.breached === "true") {
    const lagging = await overdueUnflaggedRows(db, now).select("complaints.id").execute();
    halves = [q.where("complaints.breached_at", "is not", null)];
    // Still unflagged when the page is read, so that one flagged meanwhile is not listed twice.
    const ids = lagging.map((c) => c.id);
    if (ids.length)
      halves.push(q.where("complaints.breached_at", "is", null).where("complaints.id", "in", ids));
  }
  // Codes are hierarchical: filtering by "0103" finds everything under 电子渠道, one arm per code, so that each
  // walks its (unit, channel, id) or (channel, id) index newest first (migration 150).
  const codes = filter.channel ? await channelsUnder(db, filter.channel) : null;
  // A UNION holds at most 500 arms in SQLite: past MAX_ARMS (64 units by 7 codes) the subtree is walked as one,
  // as a large one is.
  const perHalf = codes?.length ?? 1;
  const perUnitArms = units && units.length * perHalf * halves.length <= MAX_ARMS ? units : null;
  const rows = await newestFirst(
    db,
    halves.map((half) =>
      armsBy(half, "complaints.org_unit_id", perUnitArms, codes && ["complaints.channel_code", codes]),
    ),
    "complaints.id",
    filter.limit + 1,
  );
  const page = rows.slice(0, filter.limit);
  return {
    rows: page,
    nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}

/**
 * One complaint inside the caller's scope with all its detail needs, in one statement (two before, eight before
 * those): the row, and as JSON arrays its extensions, pauses, notices and linked cases with the names of the
 * people involved, and the category table and the administrators' calendar days, which the answer's labels and
 * clock read (sent only when they changed since the server last read them: tables-cache.ts). Outside the scope,
 * as absent as one that does not exist.
 */
export async function loadDetail(db: Kysely<Database>, scopePath: string, id: number) {
  const found = await withTables(async (known) => (await detailQuery(db, scopePath, id, known))[0]);
  if (!found) throw notFound();
  const { extensions, pauses, notices, reviews, links: linked, ...row } = found.row;
  const links = fromJson(linked);
  const link = (id: number | null) => links.find((l) => l.id === id) ?? null;
  const children = {
    extensions: fromJson(extensions),
    pauses: fromJson(pauses),
    notices: fromJson(notices),
    reviews: fromJson(reviews),
    reviewOf: link(row.review_of_id),
    mergedInto: link(row.merged_into_id),
    repeatOf: link(row.repeat_of_id),
  };
  return {
    row: row satisfies ComplaintRow,
    children,
    ...found.tables,
  };
}

// Built once, and on PostgreSQL a named statement: planning it cost more than running it.
const detailQuery = compiledOnce((db, scopePath: string, id: number, known: string) => {
  const jsonArrayFrom = isPostgres(db) ? postgresArray : sqliteArray;
  return complaintsInScope(db, scopePath)
    .where("complaints.id", "=", id)
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom("complaint_extensions as e")
          .innerJoin("users as r", "r.id", "e.requested_by")
          .leftJoin("users as d", "d.id", "e.decided_by")
          .select(["e.id", "e.complaint_id", "e.level", "e.reason", "e.status", "e.requested_by"])
          .select(["e.requested_at", "e.decided_by", "e.decided_at", "e.note"])
          .select(["r.display_name as requester_name", "d.display_name as decider_name"])
          .whereRef("e.complaint_id", "=", "complaints.id")
          .orderBy("e.id"),
      ).as("extensions"),
      jsonArrayFrom(
        eb
          .selectFrom("complaint_pauses as p")
          .select(["p.id", "p.complaint_id", "p.reason", "p.note", "p.started_at", "p.ended_at"])
          .select(["p.started_by", "p.ended_by"])
          .whereRef("p.complaint_id", "=", "complaints.id")
          .orderBy("p.id"),
      ).as("pauses"),
      jsonArrayFrom(
        eb
          .selectFrom("complaint_notices as n")
          .innerJoin("users as u", "u.id", "n.recorded_by")
          .select(["n.id", "n.complaint_id", "n.purpose", "n.channel", "n.at", "n.note", "n.recorded_by"])
          .select("u.display_name as recorder_name")
          .whereRef("n.complaint_id", "=", "complaints.id")
          .orderBy("n.id"),
      ).as("notices"),
      jsonArrayFrom(
        eb
          .selectFrom("complaints as review")
          .select(["review.id", "review.ref"])
          .whereRef("review.review_of_id", "=", "complaints.id")
          .orderBy("review.id"),
      ).as("reviews"),
      jsonArrayFrom(
        eb
          .selectFrom("complaints as linked")
          .select(["linked.id", "linked.ref"])
          .where((link) =>
            link.or([
              link("linked.id", "=", link.ref("complaints.review_of_id")),
              link("linked.id", "=", link.ref("complaints.merged_into_id")),
              link("linked.id", "=", link.ref("complaints.repeat_of_id")),
            ]),
          ),
      ).as("links"),
      ...tablesAsJson(db, known),
    ]);
});

export type ComplaintChildren = Awaited<ReturnType<typeof loadDetail>>["children"];
