import { type Kysely, sql } from "kysely";
import type { z } from "zod";
import { can } from "../../domain/auth/permissions.ts";
import type { Role } from "../../domain/auth/roles.ts";
import type { CaseRecord, searchCasesQuery } from "../../domain/cases/schema.ts";
import { similarity } from "../../domain/cases/similarity.ts";
import { isPostgres } from "../db/dialect.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { notFound } from "../http/errors.ts";
import { queryTerms } from "./segment.ts";

/** Who reads: published cases are for everyone to learn from; drafts stay in the author's subtree. */
export interface Viewer {
  userId: number;
  role: Role;
  scopePath: string;
}

function casesBase(db: Kysely<Database>) {
  return db
    .selectFrom("cases")
    .innerJoin("org_units", "org_units.id", "cases.org_unit_id")
    .select([
      "cases.id",
      "cases.ref",
      "cases.title",
      "cases.category",
      "cases.outcome",
      "cases.occurred_on",
      "cases.story",
      "cases.lessons",
      "cases.tags",
      "cases.source_kind",
      "cases.source_ref",
      "cases.status",
      "cases.org_unit_id",
      "cases.created_by",
      "cases.published_at",
      "cases.search_text",
      "org_units.name as org_name",
      "org_units.path as org_path",
    ]);
}

function visibleTo(db: Kysely<Database>, viewer: Viewer) {
  return casesBase(db).where((eb) => {
    const drafts = eb.and([
      eb("cases.status", "=", "draft"),
      startsWith("org_units.path", viewer.scopePath),
      can(viewer.role, "cases.manage") ? eb.lit(true) : eb("cases.created_by", "=", viewer.userId),
    ]);
    return eb.or([eb("cases.status", "=", "published"), drafts]);
  });
}

type CaseRow = Awaited<ReturnType<ReturnType<typeof casesBase>["executeTakeFirstOrThrow"]>>;

function toCase(r: CaseRow): CaseRecord {
  return {
    id: r.id,
    ref: r.ref,
    title: r.title,
    category: r.category,
    outcome: r.outcome,
    occurredOn: r.occurred_on,
    story: r.story,
    lessons: r.lessons,
    tags: JSON.parse(r.tags),
    sourceKind: r.source_kind,
    sourceRef: r.source_ref,
    status: r.status,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.org_name,
    createdBy: r.created_by,
    publishedAt: r.published_at,
  };
}

/** Full-text condition on the segmented text: every term (AND) or any term (OR), per engine. */
function matching(db: Kysely<Database>, terms: string[], mode: "all" | "any") {
  if (isPostgres(db)) {
    const query = terms.map((t) => `'${t}'`).join(mode === "all" ? " & " : " | ");
    return sql<boolean>`cases.search_tsv @@ to_tsquery('simple', ${query})`;
  }
  const query = terms.map((t) => `"${t}"`).join(mode === "all" ? " " : " OR ");
  return sql<boolean>`cases.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ${query})`;
}

/** Search over title, story, lessons and tags, with filters; newest first, keyset-paginated. */
export async function searchCases(
  db: Kysely<Database>,
  viewer: Viewer,
  query: z.infer<typeof searchCasesQuery> & { limit: number; cursor?: string },
) {
  let q = visibleTo(db, viewer).where("cases.status", "=", query.status);
  if (query.q) {
    const terms = queryTerms(query.q);
    if (terms.length === 0) return { items: [], nextCursor: null };
    q = q.where(matching(db, terms, "all"));
  }
  if (query.category) q = q.where("cases.category", "=", query.category);
  if (query.outcome) q = q.where("cases.outcome", "=", query.outcome);
  if (query.from) q = q.where("cases.occurred_on", ">=", query.from);
  if (query.to) q = q.where("cases.occurred_on", "<=", query.to);
  const before = decodeCursor(query.cursor);
  if (before !== null) q = q.where("cases.id", "<", before);
  const rows = await q
    .orderBy("cases.id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(toCase),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}

/** One visible case with its unit's path; 404 when it does not exist or is a draft the viewer may not see. */
export async function getCase(db: Kysely<Database>, viewer: Viewer, id: number) {
  const row = await visibleTo(db, viewer).where("cases.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return { record: toCase(row), orgPath: row.org_path };
}

/** Published cases most like a new report's text, best first; the same on both engines. */
export async function similarCases(
  db: Kysely<Database>,
  text: string,
  category: string | undefined,
  limit: number,
) {
  const terms = queryTerms(text, 30);
  if (terms.length === 0) return [];
  const rows = await casesBase(db)
    .where("cases.status", "=", "published")
    .where(matching(db, terms, "any"))
    .orderBy("cases.id", "desc")
    .limit(200)
    .execute();
  return rows
    .map((r) => {
      const { score, matched, rank } = similarity(
        terms,
        { id: r.id, category: r.category, words: new Set(r.search_text.split(" ")) },
        category,
      );
      return { ...toCase(r), score, matchedTerms: matched, rank };
    })
    .filter((c) => c.rank >= 0)
    .sort((a, b) => b.rank - a.rank || b.id - a.id)
    .slice(0, limit)
    .map(({ rank, ...c }) => c);
}
