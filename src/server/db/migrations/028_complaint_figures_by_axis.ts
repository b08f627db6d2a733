import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect.ts";

const COLUMNS = "unit_id, month, axis, code, n, open, decided, on_time, breached, handling_ms";

/**
 * The rollup's key becomes (unit, axis, code, month). A dashboard over all months groups by axis and code:
 * with the month second, every unit's rows had to be sorted for it; in this order each unit's rows arrive
 * grouped (bench/README.md, "Where the budgets are missed, and why", "Head-office statistics"). A period of
 * months is read as a range within each code instead. SQLite cannot change a primary key in place, so its
 * table is copied.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await rekey(db, ["unit_id", "axis", "code", "month"]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await rekey(db, ["unit_id", "month", "axis", "code"]);
}

async function rekey(db: Kysely<unknown>, key: string[]) {
  if (isPostgres(db)) {
    await sql
      .raw(`ALTER TABLE complaint_figures DROP CONSTRAINT complaint_figures_pk,
        ADD CONSTRAINT complaint_figures_pk PRIMARY KEY (${key.join(", ")})`)
      .execute(db);
    return;
  }
  await rebuildSqlite(db, key);
}

async function rebuildSqlite(db: Kysely<unknown>, key: string[]) {
  await db.schema
    .createTable("complaint_figures_rekeyed")
    .addColumn("unit_id", "integer", (c) => c.notNull())
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("axis", "text", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("n", "integer", (c) => c.notNull())
    .addColumn("open", "integer", (c) => c.notNull())
    .addColumn("decided", "integer", (c) => c.notNull())
    .addColumn("on_time", "integer", (c) => c.notNull())
    .addColumn("breached", "integer", (c) => c.notNull())
    .addColumn("handling_ms", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("complaint_figures_pk", key as never)
    .modifyEnd(sql`WITHOUT ROWID`)
    .execute();
  await sql
    .raw(
      `INSERT INTO complaint_figures_rekeyed (${COLUMNS}) SELECT ${COLUMNS} FROM complaint_figures ORDER BY ${key.join(", ")}`,
    )
    .execute(db);
  await db.schema.dropTable("complaint_figures").execute();
  await db.schema.alterTable("complaint_figures_rekeyed").renameTo("complaint_figures").execute();
}
