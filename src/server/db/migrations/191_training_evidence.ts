import { type Kysely, sql } from "kysely";

/**
 * The default element on staff training (training_supervision) now points to the training records as well as
 * to inspections, on the sheet and in evaluations still in draft; an element an administrator changed keeps
 * its sources, and a signed-off evaluation stays as it was signed.
 */
const BEFORE = JSON.stringify(["inspections"]);
const AFTER = JSON.stringify(["training", "inspections"]);

export async function up(db: Kysely<unknown>): Promise<void> {
  await swap(db, BEFORE, AFTER);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await swap(db, AFTER, BEFORE);
}

async function swap(db: Kysely<unknown>, from: string, to: string): Promise<void> {
  await sql`UPDATE rating_elements SET sources = ${to}
    WHERE code = 'training_supervision' AND sources = ${from}`.execute(db);
  await sql`UPDATE self_evaluation_items SET sources = ${to}
    WHERE code = 'training_supervision' AND sources = ${from}
      AND evaluation_id IN (SELECT id FROM self_evaluations WHERE status = 'draft')`.execute(db);
}
