import { sql } from "kysely";
import { Migrator } from "kysely/migration";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, describeEachEngine, type TestDatabase } from "../../../../test/engines.ts";
import { loadConfig } from "../../config.ts";
import { migrationProvider } from "./index.ts";

describeEachEngine("migration 028: the rollup rekeyed by axis", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.drop());

  it("keeps every figure, and the upserts still meet their rows, on the way down and up again", async () => {
    const migrator = new Migrator({
      db: t.db,
      provider: migrationProvider(loadConfig({})),
      allowUnorderedMigrations: true,
    });
    expect((await migrator.migrateTo("027_complaints_unit_status")).error).toBeUndefined();
    const figure = (month: string, axis: string, code: string, n: number) => ({
      unit_id: 3,
      month,
      axis,
      code,
      n,
      open: n,
      decided: 0,
      on_time: 0,
      breached: 0,
      handling_ms: 0,
    });
    const rows = [figure("2026-01", "grade", "ordinary", 4), figure("2026-02", "channel", "0101", 2)];
    await t.db.insertInto("complaint_figures").values(rows).execute();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    await t.db
      .insertInto("complaint_figures")
      .values(figure("2026-01", "grade", "ordinary", 1))
      .onConflict((oc) =>
        oc
          .columns(["unit_id", "month", "axis", "code"])
          .doUpdateSet({ n: sql`complaint_figures.n + excluded.n` }),
      )
      .execute();
    const after = await t.db.selectFrom("complaint_figures").selectAll().orderBy(["month", "axis"]).execute();
    expect(after).toEqual([{ ...rows[0], n: 5 }, rows[1]]);
  });
});
