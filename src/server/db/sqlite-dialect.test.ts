import SQLite from "better-sqlite3";
import { Kysely, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { ImmediateSqliteDialect } from "./sqlite-dialect.ts";

describe("the SQLite dialect", () => {
  const raw = new SQLite(":memory:");
  const db = new Kysely<{ t: { n: number } }>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
  afterAll(() => db.destroy());

  it("writes a page's LIMIT into the statement: bound, SQLite would prepare the statement again at every run", async () => {
    await sql`create table t (n integer)`.execute(db);
    await db
      .insertInto("t")
      .values([1, 2, 3, 4].map((n) => ({ n })))
      .execute();
    const page = db.selectFrom("t").select("n").where("n", ">", 1).orderBy("n").limit(2);
    const { sql: text, parameters } = page.compile();
    expect(text).toMatch(/ limit 2$/);
    expect(parameters).toEqual([1]);
    expect(await page.execute()).toEqual([{ n: 2 }, { n: 3 }]);
  });

  it("still binds a limit that is not a whole number of rows in JavaScript", async () => {
    const page = db.selectFrom("t").select("n").orderBy("n").limit(sql<number>`${1} + ${1}`);
    expect(page.compile().sql).toMatch(/ limit \? \+ \?$/);
    expect(await page.execute()).toEqual([{ n: 1 }, { n: 2 }]);
  });
});
