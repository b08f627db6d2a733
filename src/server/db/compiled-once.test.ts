import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compiledOnce } from "./compiled-once.ts";
import { migrateToLatest, openDatabase } from "./database.ts";

describe("compiledOnce", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-compiled-"));
  const db = openDatabase({ databaseUrl: null, sqlitePath: path.join(dir, "once.db") });
  beforeAll(async () => {
    await migrateToLatest(db);
    await db
      .insertInto("ref_counters")
      .values([
        { prefix: "A", day: "20260101", last: 1 },
        { prefix: "B", day: "20260101", last: 2 },
      ])
      .execute();
  });
  afterAll(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("answers each call for its own values, not the first call's", async () => {
    const last = compiledOnce((d, prefix: string) =>
      d.selectFrom("ref_counters").select("last").where("prefix", "=", prefix),
    );
    expect(await last(db, "A")).toEqual([{ last: 1 }]);
    expect(await last(db, "B")).toEqual([{ last: 2 }]);
    expect(await last(db, "C")).toEqual([]);
  });

  it("refuses a query that does not bind each placeholder once, in order", async () => {
    const twice = compiledOnce((d, prefix: string) =>
      d.selectFrom("ref_counters").select("last").where("prefix", "=", prefix).where("day", "<>", prefix),
    );
    await expect(twice(db, "A")).rejects.toThrow(/each placeholder must be bound once/);
  });
});
