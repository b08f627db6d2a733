import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, describeEachEngine, type TestDatabase } from "../../../test/engines.ts";
import { smallSubtree } from "./subtree.ts";

describeEachEngine("the units of a small subtree", (engine) => {
  let t: TestDatabase;
  const unit = (id: number, parent: number | null, path: string) => ({
    id,
    code: `U${id}`,
    name: `unit ${id}`,
    kind: parent === null ? ("head_office" as const) : ("outlet" as const),
    parent_id: parent,
    path,
    created_at: "2026-01-01T00:00:00.000Z",
  });

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    // Unit 20's path extends the text of unit 2's up to the slash: a prefix match without it would take it in.
    await t.db
      .insertInto("org_units")
      .values([unit(1, null, "/1/"), unit(2, 1, "/1/2/"), unit(20, 1, "/1/20/"), unit(21, 2, "/1/2/21/")])
      .execute();
    await t.db
      .insertInto("org_units")
      .values(Array.from({ length: 70 }, (_, i) => unit(100 + i, 20, `/1/20/${100 + i}/`)))
      .execute();
  });
  afterAll(() => t.drop());

  it("are the unit and the units under it, and no unit whose path merely starts with the same digits", async () => {
    expect((await smallSubtree(t.db, "/1/2/"))?.sort((a, b) => a - b)).toEqual([2, 21]);
    expect(await smallSubtree(t.db, "/1/2/21/")).toEqual([21]);
    expect(await smallSubtree(t.db, "-")).toEqual([]);
  });

  it("are not listed for a subtree of more than 64 units", async () => {
    expect(await smallSubtree(t.db, "/1/20/")).toBeNull();
    expect(await smallSubtree(t.db, "/1/")).toBeNull();
  });
});
