import type { Kysely } from "kysely";
import type { z } from "zod";
import { scenarioById } from "../../domain/scripts/scenarios.ts";
import type { material } from "../../domain/training/schema.ts";
import type { Database } from "../db/schema.ts";
import { invalid } from "../http/errors.ts";

type Material = z.infer<typeof material>;

/** Each linked material with its title; a reference to nothing is refused, naming the field. */
export async function titledMaterials(db: Kysely<Database>, materials: readonly Material[]) {
  const titled = [];
  for (const [i, m] of materials.entries()) {
    const title = await materialTitle(db, m);
    if (title === null) throw invalid(`materials.${i}.ref`, "training.material_unknown", { ref: m.ref });
    titled.push({ ...m, title });
  }
  return titled;
}

async function materialTitle(db: Kysely<Database>, m: Material): Promise<string | null> {
  if (m.kind === "script") return scenarioById(m.ref)?.title ?? null;
  const id = /^\d{1,9}$/.test(m.ref) ? Number(m.ref) : null;
  if (id === null) return null;
  if (m.kind === "case") {
    const row = await db
      .selectFrom("cases")
      .select("title")
      .where("id", "=", id)
      .where("status", "=", "published")
      .executeTakeFirst();
    return row?.title ?? null;
  }
  const rule = await db
    .selectFrom("compliance_rules")
    .select(["code", "message"])
    .where("id", "=", id)
    .executeTakeFirst();
  return rule ? `${rule.code} ${rule.message}` : null;
}
