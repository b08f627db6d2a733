import type { Kysely } from "kysely";
import { DEFAULT_RULES } from "../../../domain/compliance/default-rules.ts";

/**
 * The default rule set, bank-wide (org_unit_id null). Later changes to the defaults ship as new migrations
 * that update rows by code, so that an administrator's own edits are not silently overwritten.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const now = new Date().toISOString();
  const rows = DEFAULT_RULES.map((r) => ({
    code: r.id,
    org_unit_id: null,
    kind: r.kind,
    severity: r.severity,
    applies_to: JSON.stringify(r.appliesTo),
    material_types: r.materialTypes ? JSON.stringify(r.materialTypes) : null,
    patterns: JSON.stringify(r.patterns),
    allow_patterns: JSON.stringify(r.allow),
    mentions: JSON.stringify(r.mentions),
    negatable: r.negatable ? 1 : 0,
    source: r.source,
    message: r.message,
    suggestion: r.suggestion,
    disabled_at: null,
    created_at: now,
    updated_at: now,
  }));
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
  await (db as Kysely<any>).insertInto("compliance_rules").values(rows).execute();
}

export async function down(): Promise<void> {
  throw new Error("The default compliance rules cannot be reverted");
}
