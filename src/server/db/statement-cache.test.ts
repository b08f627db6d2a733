import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { CachedStatements } from "./statement-cache.ts";

describe("the SQLite statement cache", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-stmt-"));
  let raw: SQLite.Database;
  afterEach(() => raw?.open && raw.close());

  function open(capacity?: number) {
    raw = new SQLite(path.join(dir, `${Math.random()}.db`));
    let prepared = 0;
    const counting = {
      prepare: (sql: string) => {
        prepared++;
        return raw.prepare(sql);
      },
      close: () => raw.close(),
    };
    return { db: new CachedStatements(counting, capacity), prepared: () => prepared };
  }

  it("prepares a statement once and reuses it with other parameters", () => {
    const { db, prepared } = open();
    db.prepare("create table t (n integer)").run([]);
    for (const n of [1, 2, 3]) db.prepare("insert into t (n) values (?)").run([n]);
    expect(db.prepare("select sum(n) as s from t where n > ?").all([1])).toEqual([{ s: 5 }]);
    expect(db.prepare("select sum(n) as s from t where n > ?").all([2])).toEqual([{ s: 3 }]);
    expect(prepared()).toBe(3);
  });

  it("forgets the least recently used statement beyond its capacity", () => {
    const { db, prepared } = open(2);
    db.prepare("select 1").all([]);
    db.prepare("select 2").all([]);
    db.prepare("select 1").all([]); // now "select 2" is the oldest
    db.prepare("select 3").all([]);
    db.prepare("select 1").all([]);
    expect(prepared()).toBe(3);
    db.prepare("select 2").all([]);
    expect(prepared()).toBe(4);
  });

  it("lets a query run while the same statement is being iterated", () => {
    const { db } = open();
    db.prepare("create table t (n integer)").run([]);
    for (const n of [1, 2]) db.prepare("insert into t (n) values (?)").run([n]);
    const seen: unknown[] = [];
    for (const row of db.prepare("select n from t order by n").iterate([])) {
      seen.push(row, db.prepare("select n from t order by n").all([]).length);
    }
    expect(seen).toEqual([{ n: 1 }, 2, { n: 2 }, 2]);
  });
});
