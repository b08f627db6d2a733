import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect.ts";

/**
 * A sub-branch's or outlet's list filtered to open or to breached complaints walks each unit's rows newest
 * first (armsBy). Through (unit, id) alone it read every row of a unit whose few open complaints lay far
 * back, with a table lookup each for the status (bench/README.md, "Figures once kept in code comments").
 * These lead each walk straight to the matching rows. The breached one is partial: a new complaint is not
 * breached, so registering writes no entry in it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("complaints_org_status_id_idx")
    .ifNotExists()
    .on("complaints")
    .columns(["org_unit_id", "status", "id"])
    .execute();
  await db.schema
    .createIndex("complaints_org_breached_id_idx")
    .ifNotExists()
    .on("complaints")
    .columns(["org_unit_id", "id"])
    .where(sql.ref("breached_at"), "is not", null)
    .execute();
  if (!isPostgres(db) && (await analysed(db))) {
    // An analysed SQLite database has statistics for every other index; with none for the new ones, SQLite
    // took (unit, status) for the most selective and sorted the head office's whole list through it.
    await sql`ANALYZE complaints_org_status_id_idx`.execute(db);
    await sql`ANALYZE complaints_org_breached_id_idx`.execute(db);
    // Without the samples that ANALYZE also took (see db/planner-stats.ts).
    await sql`DELETE FROM sqlite_stat4`.execute(db);
    await sql`ANALYZE sqlite_schema`.execute(db);
  }
}

async function analysed(db: Kysely<unknown>) {
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'sqlite_stat1'`.execute(db);
  if (!rows[0]?.n) return false;
  const { rows: complaints } = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'complaints'`.execute(db);
  return Boolean(complaints[0]?.n);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("complaints_org_breached_id_idx").ifExists().execute();
  await db.schema.dropIndex("complaints_org_status_id_idx").ifExists().execute();
}
