import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, describeEachEngine, type TestDatabase } from "../../../test/engines.ts";
import { compiledOnce } from "./compiled-once.ts";

// Shared by both engines' suites, as a module's query is in a process that could open either database.
const last = compiledOnce((d, prefix: string) =>
  d.selectFrom("ref_counters").select("last").where("prefix", "=", prefix),
);

describeEachEngine("compiledOnce", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await t.db
      .insertInto("ref_counters")
      .values([
        { prefix: "A", day: "20260101", last: 1 },
        { prefix: "B", day: "20260101", last: 2 },
      ])
      .execute();
  });
  afterAll(() => t.drop());

  it("answers each call for its own values, not the first call's", async () => {
    expect(await last(t.db, "A")).toEqual([{ last: 1 }]);
    expect(await last(t.db, "B")).toEqual([{ last: 2 }]);
    expect(await last(t.db, "C")).toEqual([]);
  });

  it("runs inside a transaction, on its connection: it sees what the transaction wrote", async () => {
    const trx = await t.db.startTransaction().execute();
    await trx.insertInto("ref_counters").values({ prefix: "T", day: "20260101", last: 7 }).execute();
    expect(await last(trx, "T")).toEqual([{ last: 7 }]);
    await trx.rollback().execute();
    expect(await last(t.db, "T")).toEqual([]);
  });

  it("builds the query once for the database and all its transactions", async () => {
    let builds = 0;
    const counted = compiledOnce((d, prefix: string) => {
      builds++;
      return d.selectFrom("ref_counters").select("last").where("prefix", "=", prefix);
    });
    await counted(t.db, "A");
    for (const prefix of ["A", "B"]) await t.db.transaction().execute((trx) => counted(trx, prefix));
    expect(builds).toBe(1);
  });

  it.skipIf(engine !== "postgres")("runs as a named statement, prepared once per connection", async () => {
    const trx = await t.db.startTransaction().execute();
    await last(trx, "A");
    await last(trx, "B");
    const { rows } = await sql<{ name: string; statement: string }>`
      SELECT name, statement FROM pg_prepared_statements`.execute(trx);
    await trx.rollback().execute();
    expect(rows.filter((r) => r.statement.includes("ref_counters"))).toEqual([
      { name: expect.stringMatching(/^bulwark_\d+$/), statement: expect.stringContaining('"prefix" = $1') },
    ]);
  });

  it("binds a placeholder used in several places to each of them", async () => {
    const twice = compiledOnce((d, day: string, prefix: string) =>
      d
        .selectFrom("ref_counters")
        .select("last")
        .where("prefix", "=", prefix)
        .where("day", "=", day)
        .where("prefix", "<>", sql.lit("")),
    );
    expect(await twice(t.db, "20260101", "B")).toEqual([{ last: 2 }]);
    const reused = compiledOnce((d, prefix: string) =>
      d.selectFrom("ref_counters").select("last").where("prefix", "=", prefix).where("prefix", ">=", prefix),
    );
    expect(await reused(t.db, "A")).toEqual([{ last: 1 }]);
    expect(await reused(t.db, "B")).toEqual([{ last: 2 }]);
  });

  it("refuses a query that binds anything but its placeholders, which would be frozen at the first call", async () => {
    const changed = compiledOnce((d, prefix: string) =>
      d.selectFrom("ref_counters").select("last").where("prefix", "=", `${prefix}%`),
    );
    await expect(changed(t.db, "A")).rejects.toThrow(/every parameter must be a placeholder/);
    const constant = compiledOnce((d, prefix: string) =>
      d.selectFrom("ref_counters").select("last").where("prefix", "=", prefix).where("day", "=", "20260101"),
    );
    await expect(constant(t.db, "A")).rejects.toThrow(/every parameter must be a placeholder/);
  });

  it("refuses a placeholder that the statement does not bind, which would also be frozen", async () => {
    const inlined = compiledOnce((d, prefix: string, day: string) =>
      d
        .selectFrom("ref_counters")
        .select("last")
        .where("prefix", "=", prefix)
        .where("day", "=", sql.lit(day)),
    );
    await expect(inlined(t.db, "A", "20260101")).rejects.toThrow(/every placeholder must be bound/);
  });
});
