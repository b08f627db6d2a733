import type { Kysely } from "kysely";
import { DEFAULT_RULES } from "../../../domain/compliance/default-rules.ts";

/** The default rules added after 011, closing gaps testers found (issue 23): added where they are missing. */
const ADDED = [
  "mkt.market_superlative",
  "mkt.deposit_parity",
  "mkt.return_hype",
  "disc.annualised_return_context",
  "svc.send_elsewhere",
  "svc.already_told",
  "svc.impatient",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
  const d = db as Kysely<any>;
  const present = new Set(
    (await d.selectFrom("compliance_rules").select("code").where("code", "in", ADDED).execute()).map(
      (r: { code: string }) => r.code,
    ),
  );
  const now = new Date().toISOString();
  const rows = DEFAULT_RULES.filter((r) => ADDED.includes(r.id) && !present.has(r.id)).map((r) => ({
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
  if (rows.length) await d.insertInto("compliance_rules").values(rows).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
  await (db as Kysely<any>).deleteFrom("compliance_rules").where("code", "in", ADDED).execute();
}
