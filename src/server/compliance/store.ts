import { type Kysely, type Selectable, sql } from "kysely";
import type { z } from "zod";
import type { RuleSpec } from "../../domain/compliance/matcher.ts";
import type { listRulesQuery, Rule } from "../../domain/compliance/schema.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { notFound } from "../http/errors.ts";
import type { ComplianceRuleTable } from "./tables.ts";

type RuleRow = Selectable<ComplianceRuleTable> & { org_path: string | null };

/**
 * The rules that apply to someone at `path`: the bank-wide ones, and those set by their own unit or a unit
 * above it. A branch may add rules for its subtree; it never sees or changes a sibling's.
 */
function rulesFor(db: Kysely<Database>, path: string) {
  return db
    .selectFrom("compliance_rules")
    .leftJoin("org_units", "org_units.id", "compliance_rules.org_unit_id")
    .selectAll("compliance_rules")
    .select("org_units.path as org_path")
    .where((eb) =>
      eb.or([
        eb("compliance_rules.org_unit_id", "is", null),
        eb(sql.val(path), "like", sql<string>`${sql.ref("org_units.path")} || '%'`),
        startsWith("org_units.path", path),
      ]),
    );
}

const list = (json: string | null): string[] => (json ? JSON.parse(json) : []);

export function toRule(r: RuleRow): Rule {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    severity: r.severity,
    appliesTo: list(r.applies_to) as Rule["appliesTo"],
    materialTypes: r.material_types ? (list(r.material_types) as Rule["materialTypes"]) : null,
    patterns: list(r.patterns),
    allow: list(r.allow_patterns),
    mentions: list(r.mentions),
    negatable: r.negatable === 1,
    source: r.source,
    message: r.message,
    suggestion: r.suggestion,
    disabled: r.disabled_at !== null,
    orgUnitId: r.org_unit_id ?? 0,
    updatedAt: r.updated_at,
  };
}

/** What the matcher needs of a rule: its code becomes the id reported in findings. */
export function toRuleSpec({ code, disabled: _d, orgUnitId: _o, updatedAt: _u, id: _id, ...spec }: Rule) {
  return { ...spec, id: code } satisfies RuleSpec;
}

/** Rules visible to the caller (those that apply to them and those of their subtree), keyset-paginated. */
export async function listRules(
  db: Kysely<Database>,
  scopePath: string,
  filter: z.infer<typeof listRulesQuery> & { limit: number; cursor?: string },
) {
  let q = rulesFor(db, scopePath);
  if (filter.code) q = q.where("compliance_rules.code", "=", filter.code);
  if (filter.kind) q = q.where("compliance_rules.kind", "=", filter.kind);
  if (!filter.includeDisabled) q = q.where("compliance_rules.disabled_at", "is", null);
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_]/g, "")}%`;
    q = q.where((eb) =>
      eb.or([
        eb("compliance_rules.code", "like", like),
        eb("compliance_rules.patterns", "like", like),
        eb("compliance_rules.message", "like", like),
      ]),
    );
  }
  const after = decodeCursor(filter.cursor);
  if (after !== null) q = q.where("compliance_rules.id", ">", after);
  const rows = await q
    .orderBy("compliance_rules.id")
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map(toRule),
    nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}

/** One visible rule with its unit's path (null for a bank-wide rule); 404 when not visible. */
export async function getRule(db: Kysely<Database>, scopePath: string, id: number) {
  const row = await rulesFor(db, scopePath).where("compliance_rules.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return { rule: toRule(row), orgPath: row.org_path };
}

/** The enabled rules that apply to someone at `path`, in a stable order. */
export async function enabledRulesFor(db: Kysely<Database>, path: string): Promise<Rule[]> {
  const rows = await rulesFor(db, path)
    .where("compliance_rules.disabled_at", "is", null)
    .where((eb) =>
      eb.or([
        eb("compliance_rules.org_unit_id", "is", null),
        eb(sql.val(path), "like", sql<string>`${sql.ref("org_units.path")} || '%'`),
      ]),
    )
    .orderBy("compliance_rules.id")
    .execute();
  return rows.map(toRule);
}

/** Changes whenever a rule that may apply at `path` is added, edited, disabled or enabled. */
export async function rulesVersion(db: Kysely<Database>, path: string): Promise<string> {
  const row = await db
    .selectFrom("compliance_rules")
    .leftJoin("org_units", "org_units.id", "compliance_rules.org_unit_id")
    .select((eb) => [
      eb.fn.countAll().as("n"),
      eb.fn.max("compliance_rules.updated_at").as("latest"),
      eb.fn.max("compliance_rules.id").as("last_id"),
    ])
    .where((eb) =>
      eb.or([
        eb("compliance_rules.org_unit_id", "is", null),
        eb(sql.val(path), "like", sql<string>`${sql.ref("org_units.path")} || '%'`),
      ]),
    )
    .executeTakeFirstOrThrow();
  return `${row.n}|${row.latest}|${row.last_id}`;
}
