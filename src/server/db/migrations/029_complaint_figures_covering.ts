import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect.ts";

const MEASURES = "n, open, decided, on_time, breached, handling_ms";

/**
 * PostgreSQL keeps the rollup's rows in the order they were written, not by key: the head office's rows lay
 * on nearly as many heap pages, and fetching them was most of its dashboard. With the measures in the primary
 * key's index they are read from the index alone. That costs the rollup's updates their HOT path (a changed
 * measure is now an index entry too), which the register scenario did not show (bench/README.md, "PostgreSQL
 * read the rollup from scattered heap pages"); vacuuming the table at 1% dead rows keeps its pages visible to
 * index-only reads. SQLite's table is already stored in key order (WITHOUT ROWID).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql
    .raw(`ALTER TABLE complaint_figures DROP CONSTRAINT complaint_figures_pk,
      ADD CONSTRAINT complaint_figures_pk PRIMARY KEY (unit_id, axis, code, month) INCLUDE (${MEASURES}),
      SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01)`)
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql
    .raw(`ALTER TABLE complaint_figures DROP CONSTRAINT complaint_figures_pk,
      ADD CONSTRAINT complaint_figures_pk PRIMARY KEY (unit_id, axis, code, month),
      RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor)`)
    .execute(db);
}
