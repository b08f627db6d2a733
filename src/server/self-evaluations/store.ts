import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { notFound } from "../http/errors.ts";

export function ratingSheet(db: Kysely<Database>, enabledOnly: boolean) {
  let q = db.selectFrom("rating_elements").selectAll().orderBy("position").orderBy("id");
  if (enabledOnly) q = q.where("disabled_at", "is", null);
  return q.execute();
}

/** Every read of evaluations: joined to the unit and the people, limited to the caller's subtree. */
export function evaluationsInScope(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("self_evaluations as e")
    .innerJoin("org_units as ou", "ou.id", "e.org_unit_id")
    .innerJoin("users as preparer", "preparer.id", "e.prepared_by")
    .leftJoin("users as signer", "signer.id", "e.signed_off_by")
    .selectAll("e")
    .select([
      "ou.name as org_name",
      "ou.path as org_path",
      "preparer.display_name as preparer_name",
      "signer.display_name as signer_name",
    ])
    .select((eb) => [
      eb
        .selectFrom("self_evaluation_items as i")
        .select((ib) => ib.fn.coalesce(ib.fn.sum<number>("i.score"), ib.lit(0)).as("s"))
        .whereRef("i.evaluation_id", "=", "e.id")
        .as("draft_score"),
      eb
        .selectFrom("self_evaluation_items as i")
        .select((ib) => ib.fn.coalesce(ib.fn.sum<number>("i.weight"), ib.lit(0)).as("w"))
        .whereRef("i.evaluation_id", "=", "e.id")
        .as("max_score"),
    ])
    .where(startsWith("ou.path", scopePath));
}
export type EvaluationRow = Awaited<
  ReturnType<ReturnType<typeof evaluationsInScope>["executeTakeFirstOrThrow"]>
>;

export async function getEvaluationRow(db: Kysely<Database>, scopePath: string, id: number) {
  const row = await evaluationsInScope(db, scopePath).where("e.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export function listEvaluations(db: Kysely<Database>, scopePath: string, year?: number) {
  let q = evaluationsInScope(db, scopePath);
  if (year) q = q.where("e.year", "=", year);
  return q.orderBy("e.year", "desc").orderBy("ou.path").limit(500).execute();
}

export function itemsOf(db: Kysely<Database>, evaluationId: number) {
  return db
    .selectFrom("self_evaluation_items")
    .selectAll()
    .where("evaluation_id", "=", evaluationId)
    .orderBy("position")
    .execute();
}
export type ItemRow = Awaited<ReturnType<typeof itemsOf>>[number];

export function filesOf(db: Kysely<Database>, evaluationId: number) {
  return db
    .selectFrom("self_evaluation_files")
    .select(["id", "item_id", "file_name", "mime"])
    .where("evaluation_id", "=", evaluationId)
    .orderBy("id")
    .execute();
}

export async function fileData(db: Kysely<Database>, evaluationId: number, fileId: number) {
  const row = await db
    .selectFrom("self_evaluation_files")
    .select(["mime", "data", "file_name"])
    .where("id", "=", fileId)
    .where("evaluation_id", "=", evaluationId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The same unit's evaluation of the year before, if any. */
export function lastYearOf(db: Kysely<Database>, row: EvaluationRow) {
  return evaluationsInScope(db, row.org_path)
    .where("e.org_unit_id", "=", row.org_unit_id)
    .where("e.year", "=", row.year - 1)
    .executeTakeFirst();
}
