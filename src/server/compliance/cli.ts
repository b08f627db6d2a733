import fs from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_RULES } from "../../domain/compliance/default-rules.ts";
import { checkText, compileRules, hasErrors } from "../../domain/compliance/matcher.ts";
import {
  MATERIAL_TYPES,
  type MaterialType,
  TEXT_KINDS,
  type TextKind,
} from "../../domain/compliance/vocabulary.ts";
import type { Db } from "../db/database.ts";
import { checkAt } from "./ruleset.ts";

export const COMPLIANCE_USAGE = `  compliance check <file> [--kind marketing|service_reply] [--type <material type>] [--unit <code>] [--defaults] [--json]
                 check a UTF-8 text file against the rules in the database (or, with --defaults,
                 the built-in default rules); exits 1 when a finding is an error
                 (material types: ${MATERIAL_TYPES.join(", ")})`;

/**
 * \`compliance check <file>\`: for a bank's publishing pipeline. Prints one line per finding (or JSON) and
 * answers the exit code: 0 clean or warnings only, 1 errors found, 2 bad usage.
 */
export async function runComplianceCheck(db: Db, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      kind: { type: "string", default: "marketing" },
      type: { type: "string" },
      unit: { type: "string" },
      json: { type: "boolean", default: false },
      defaults: { type: "boolean", default: false },
    },
  });
  const file = positionals[2];
  const kind = values.kind as TextKind;
  const materialType = values.type as MaterialType | undefined;
  if (!file || !TEXT_KINDS.includes(kind) || (materialType && !MATERIAL_TYPES.includes(materialType))) {
    console.error(`Usage: npm run cli --\n${COMPLIANCE_USAGE}`);
    return 2;
  }
  // The rules that apply at a unit: its own and those above it; by default the bank-wide set.
  let path = "/";
  if (values.unit) {
    const unit = await db
      .selectFrom("org_units")
      .select("path")
      .where("code", "=", values.unit)
      .executeTakeFirst();
    if (!unit) {
      console.error(`No org unit with code ${values.unit}.`);
      return 2;
    }
    path = unit.path;
  }
  const text = fs.readFileSync(file, "utf8");
  const ctx = { kind, materialType };
  const findings = values.defaults
    ? checkText(compileRules(DEFAULT_RULES), text, ctx)
    : await checkAt(db, path, text, ctx);
  if (values.json) {
    console.log(JSON.stringify({ file, findings }, null, 2));
  } else {
    for (const f of findings) {
      const where = f.end > f.start ? `${lineCol(text, f.start)} “${f.excerpt}”` : "(whole text)";
      const missing = f.missing ? ` — missing: ${f.missing.join("；")}` : "";
      console.log(
        `${file}:${where} ${f.severity} [${f.ruleId}] ${f.message}${missing}\n    → ${f.suggestion}`,
      );
    }
    const errors = findings.filter((f) => f.severity === "error").length;
    console.log(`${findings.length} findings, ${errors} errors.`);
  }
  return hasErrors(findings) ? 1 : 0;
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before[before.length - 1].length + 1}`;
}
