import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("change tokens", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it("keeps the triggers that renew each token on every kind of change to its tables", async () => {
    // A later migration that rebuilds one of these tables would drop them with it, and what the server holds
    // would go stale.
    const names =
      engine === "postgres"
        ? await sql<{ name: string }>`SELECT tgname AS name FROM pg_trigger t
            JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'change_token_renew'`.execute(t.db)
        : await sql<{ name: string }>`SELECT name FROM sqlite_master
            WHERE type = 'trigger' AND sql LIKE '%change_tokens%'`.execute(t.db);
    const sets = [
      ["complaint_tables", ["calendar_days", "complaint_categories"]],
      ["watch_list", ["opinion_watch_rules", "org_units"]],
    ] as const;
    const expected = sets.flatMap(([name, tables]) =>
      tables.flatMap((table) =>
        engine === "postgres"
          ? [`${table}_${name}`]
          : ["delete", "insert", "update"].map((event) => `${table}_${name}_${event}`),
      ),
    );
    expect(names.rows.map((r) => r.name).sort()).toEqual(expected.sort());
  });

  it("a change to one set's table renews its token and leaves the other's", async () => {
    const tokens = async () =>
      Object.fromEntries(
        (await t.db.selectFrom("change_tokens").select(["name", "token"]).execute()).map((r) => [
          r.name,
          r.token,
        ]),
      );
    const before = await tokens();
    await t.db
      .updateTable("org_units")
      .set({ duty_phone: "010-12345678" })
      .where("code", "=", "OT01")
      .execute();
    const after = await tokens();
    expect(after.watch_list).not.toBe(before.watch_list);
    expect(after.complaint_tables).toBe(before.complaint_tables);
  });
});
