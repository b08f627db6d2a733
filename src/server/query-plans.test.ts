import SQLite from "better-sqlite3";
import { type CompiledQuery, Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedTree } from "../../bench/seed/org.ts";
import { createTestDatabase, describeEachEngine, type TestDatabase } from "../../test/engines.ts";
import { monthStart } from "../domain/complaints/figures.ts";
import { lookbackOf } from "../domain/warnings/conditions.ts";
import { recordHistory } from "./audit/history.ts";
import type { Caller } from "./auth/session-user.ts";
import { statsFor } from "./complaints/figures/dashboard.ts";
import { rebuildFigures } from "./complaints/figures/rebuild.ts";
import { repeatCandidates } from "./complaints/register.ts";
import { listComplaintRows } from "./complaints/store.ts";
import { loadConfig } from "./config.ts";
import { exceptionStats, listExceptions } from "./counter-exceptions/store.ts";
import { dropStat4Samples } from "./db/planner-stats.ts";
import type { Database } from "./db/schema.ts";
import type { Deps } from "./http/deps.ts";
import { board, listIncidents } from "./incidents/store.ts";
import { AuditChain } from "./seed/audit-chain.ts";
import { Bulk, rng } from "./seed/bulk.ts";
import { seedComplaints } from "./seed/complaints.ts";
import { seedExceptions, seedIncidents } from "./seed/outlet-records.ts";
import type { Tree } from "./seed/tree.ts";
import { loadFacts } from "./warnings/facts.ts";
import { loadRuleSettings } from "./warnings/settings.ts";
import { listWarnings } from "./warnings/store.ts";
import { watchBoard } from "./watch/store.ts";

/** Tables that grow with the bank's history: reading one without an index is a bug at a million rows. */
const LARGE = [
  "complaints",
  "incidents",
  "counter_exceptions",
  "audit_log",
  "complaint_events",
  "incident_tasks",
  "incident_events",
  "counter_exception_events",
  "notifications",
  "due_items",
  "complaint_figures",
  "complainant_counts",
  "warnings",
  "warning_signals",
];

/** A Kysely on the same database that records every statement it runs, to read their plans afterwards. */
function recording(location: TestDatabase["location"], into: CompiledQuery[]): Kysely<Database> {
  const log = (e: { level: string; query: CompiledQuery }) => {
    if (e.level === "query") into.push(e.query);
  };
  if (location.databaseUrl) {
    const pool = new pg.Pool({ connectionString: location.databaseUrl, max: 2 });
    // pool.end() resolves before its connections have closed, and dropping the database then terminates them:
    // the pool reports that as an error, which without a listener failed the whole run once.
    pool.on("error", () => {});
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
  }
  // The statistics the server plans with: openDatabase drops the STAT4 samples that ANALYZE leaves.
  const sqlite = new SQLite(location.sqlitePath);
  dropStat4Samples(sqlite);
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log });
}

/**
 * PostgreSQL's plan of `q` as text, with sequential scans priced out: the test data is small enough for one,
 * which at a million complaints no plan would choose. Set and read on one connection of the pool.
 */
async function postgresPlan(db: Kysely<Database>, q: CompiledQuery): Promise<string> {
  return db.connection().execute(async (c) => {
    await sql`SET enable_seqscan = off`.execute(c);
    const { rows } = await c.executeQuery<{ "QUERY PLAN": string }>({
      ...q,
      sql: `EXPLAIN ${q.sql}`,
    } as CompiledQuery<{ "QUERY PLAN": string }>);
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

/**
 * The table a plan reads whole, or null. SQLite: "SCAN t" without an index, except the walk down the
 * primary key that a keyset page (ORDER BY t.id DESC LIMIT n) stops after n rows. PostgreSQL, with
 * sequential scans priced out: any Seq Scan left is one no index could replace.
 */
async function unindexedScan(db: Kysely<Database>, q: CompiledQuery, pgEngine: boolean) {
  if (pgEngine) {
    const text = await postgresPlan(db, q);
    const scanned = LARGE.find((t) => new RegExp(`Seq Scan on ${t}\\b`).test(text));
    return scanned ? { table: scanned, plan: text } : null;
  }
  const { rows } = await db.executeQuery<{ detail: string }>({
    ...q,
    sql: `EXPLAIN QUERY PLAN ${q.sql}`,
  } as CompiledQuery<{ detail: string }>);
  const text = rows.map((r) => r.detail).join("\n");
  for (const t of LARGE) {
    const scan = new RegExp(`^SCAN (${t})( AS (\\w+))?$`, "m").exec(text);
    if (!scan) continue;
    const alias = scan[3] ?? t;
    const keyset = new RegExp(`order by "${alias}"\\."id" desc limit \\?`, "i").test(q.sql);
    if (!keyset) return { table: t, plan: text };
  }
  return null;
}

/**
 * Whether every read of `table` in a plan finds its rows through an index keyed on `column`: then a filtered
 * page walks only the matching rows, newest first, however many newer rows of other values lie above them.
 * Read through (unit, id) or the primary key with the filter applied row by row, the page slows with every
 * newer row that does not match. SQLite names the index's constrained columns ("USING INDEX x (org_unit_id=?
 * AND grade=?)"); PostgreSQL gives an Index Cond under each index scan (a Recheck Cond under a bitmap scan, which
 * reads the matching rows through the index and sorts them: as few as match). Rows read by id from a short list (the
 * incidents an outlet is only covered by, from incident_outlets) pass as well.
 */
async function filterIndexed(
  db: Kysely<Database>,
  q: CompiledQuery,
  pgEngine: boolean,
  table: string,
  column: string,
  fromId = false,
): Promise<string | null> {
  if (pgEngine) {
    const text = await postgresPlan(db, q);
    const nodes = text.split(/\n(?=\s*->)/);
    const reads = nodes.filter((n) => new RegExp(`on ${table}\\b`).test(n.split("\n")[0]));
    if (reads.length === 0) return null;
    const byId = /(Index|Recheck) Cond: .*\bid = /;
    const ok = (n: string) =>
      byId.test(n) ||
      (new RegExp(`(Index|Recheck) Cond: .*\\b${column} = `).test(n) &&
        (!fromId || /(Index|Recheck) Cond: .*\bid >= /.test(n)));
    const bad = reads.filter((n) => !ok(n));
    return bad.length ? [...new Set(bad.map((n) => n.trim()))].join("\n") : null;
  }
  const { rows } = await db.executeQuery<{ detail: string }>({
    ...q,
    sql: `EXPLAIN QUERY PLAN ${q.sql}`,
  } as CompiledQuery<{ detail: string }>);
  const lines = rows.map((r) => r.detail);
  const alias = new RegExp(`"${table}" as "(\\w+)"`).exec(q.sql)?.[1] ?? table;
  const reads = lines.filter((l) => new RegExp(`^(SCAN|SEARCH) ${alias}\\b`).test(l));
  const ok = (l: string) =>
    /INTEGER PRIMARY KEY \(rowid=\?\)/.test(l) ||
    (new RegExp(`INDEX \\w+ \\([^)]*\\b${column}[=<>]`).test(l) &&
      (!fromId || /INDEX \w+ \([^)]*\bid>/.test(l)));
  const bad = reads.filter((l) => !ok(l));
  return bad.length ? [...new Set(bad)].join("\n") : null;
}

/**
 * One filter of one list, the column its index must lead the walk by, whether the walk must also start its
 * range at an id (a page from a date: without the bound, a rare value's walk reads its whole history), and
 * the statements it ran.
 */
interface FilterCase {
  name: string;
  table: string;
  column: string;
  fromId?: boolean;
  run: (scope: string) => Promise<unknown>;
}

describeEachEngine("query plans of every list, board and statistics query", (engine) => {
  let database: TestDatabase;
  let tree: Tree;
  const queries: CompiledQuery[] = [];
  const filtered: (Omit<FilterCase, "run"> & { scope: string; q: CompiledQuery[] })[] = [];
  let db: Kysely<Database>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const bulk = new Bulk(database.db);
    const audit = new AuditChain(bulk);
    const r = rng(7);
    tree = await seedTree(bulk, 30, new Date(Date.now() - 3 * 365 * 86_400_000).toISOString());
    const opts = (count: number) => ({
      count,
      nowMs: Date.now(),
      years: 3,
    });
    await seedComplaints(bulk, tree, audit, r, opts(4000));
    await seedIncidents(bulk, tree, audit, r, opts(600));
    await seedExceptions(bulk, tree, audit, r, opts(800));
    await bulk.flush();
    await rebuildFigures(database.db, loadConfig({}).timeZone);
    // As the bench seed does: VACUUM marks PostgreSQL's pages visible, which index-only reads rely on.
    await (engine === "postgres" ? sql`VACUUM ANALYZE` : sql`ANALYZE`).execute(database.db);

    db = recording(database.location, queries);
    const now = new Date();
    const config = { ...loadConfig({}), databaseUrl: database.location.databaseUrl };
    const deps = { db, config, now: () => now } as unknown as Deps;
    const page = { limit: 20 };
    const cursor = Buffer.from("id:300").toString("base64url");
    for (const unit of [tree.hq, tree.branches[0], tree.subBranches[0], tree.outlets[0]]) {
      const scope = unit.path;
      await listIncidents(db, scope, page, "zh", now);
      await listIncidents(db, scope, { ...page, cursor }, "zh", now);
      await listIncidents(db, scope, { ...page, status: "closed", category: "crowd_surge" }, "zh", now);
      await board(db, scope, "zh", now);
      for (const filter of [
        {},
        { status: "open" as const },
        { status: "closed" as const, grade: "ordinary" as const },
        { channel: "01", receivedFrom: new Date(now.getTime() - 90 * 86_400_000).toISOString() },
        { breached: "true" as const },
        { handlerId: 5 },
      ]) {
        await listComplaintRows(db, scope, { ...page, ...filter }, now);
      }
      const caller = { scopePath: scope, locale: "zh", user: {}, actor: {} } as unknown as Caller;
      await statsFor(deps, caller, {});
      // A whole-month period reads the rollup's months and counts repeat complainants live.
      await statsFor(deps, caller, { receivedFrom: monthStart("2025-01", config.timeZone).toISOString() });
      await listExceptions(db, scope, page, now, config.timeZone);
      await listExceptions(db, scope, { ...page, status: "handled", overdue: "true" }, now, config.timeZone);
      await exceptionStats(db, scope, {}, now, config.timeZone, "zh");
      await listWarnings(db, scope, {});
      await listWarnings(db, scope, { all: true });
      const manager = { ...caller, user: { role: "manager", orgUnit: unit } } as unknown as Caller;
      await watchBoard(db, manager, "zh", now);
    }
    // Each evaluation of the warning rules reads the recent records of the whole bank.
    await loadFacts(db, now, now, lookbackOf(await loadRuleSettings(db)));
    const complaintsBy = (filter: object) => (scope: string) =>
      listComplaintRows(db, scope, { ...page, ...filter }, now);
    const incidentsBy = (filter: object) => (scope: string) =>
      listIncidents(db, scope, { ...page, ...filter }, "zh", now);
    const exceptionsBy = (filter: object) => (scope: string) =>
      listExceptions(db, scope, { ...page, ...filter }, now, config.timeZone);
    // Values the seed holds few or none of: a page of them must skip every newer row of the other values, which
    // is where a walk without an index on the filter slows as data arrives (PostgreSQL, pricing the plans on
    // this small seed, walks newest first and filters when most rows match, as it should).
    const cases: FilterCase[] = [
      {
        name: "complaints by status",
        table: "complaints",
        column: "status",
        run: complaintsBy({ status: "merged" }),
      },
      {
        name: "complaints by grade",
        table: "complaints",
        column: "grade",
        run: complaintsBy({ grade: "major" }),
      },
      {
        name: "complaints by handler",
        table: "complaints",
        column: "handler_user_id",
        run: complaintsBy({ handlerId: 999_999 }),
      },
      {
        name: "complaints by a channel",
        table: "complaints",
        column: "channel_code",
        run: complaintsBy({ channel: "0104" }),
      },
      {
        name: "complaints by a channel and its children",
        table: "complaints",
        column: "channel_code",
        run: complaintsBy({ channel: "0103" }),
      },
      {
        name: "complaints by a channel and its children, from a date",
        table: "complaints",
        column: "channel_code",
        fromId: true,
        run: complaintsBy({
          channel: "0103",
          receivedFrom: new Date(now.getTime() - 90 * 86_400_000).toISOString(),
        }),
      },
      {
        name: "complaints by business category",
        table: "complaints",
        column: "business_category_code",
        run: complaintsBy({ businessCategory: "13" }),
      },
      {
        name: "complaints by cause",
        table: "complaints",
        column: "cause_code",
        run: complaintsBy({ cause: "12" }),
      },
      {
        name: "incidents by status",
        table: "incidents",
        column: "status",
        run: incidentsBy({ status: "stabilised" }),
      },
      {
        name: "incidents by category",
        table: "incidents",
        column: "category",
        run: incidentsBy({ category: "disaster_epidemic" }),
      },
      {
        name: "incidents by severity",
        table: "incidents",
        column: "severity",
        run: incidentsBy({ severity: "I" }),
      },
      { name: "incident drills", table: "incidents", column: "drill", run: incidentsBy({ drill: "true" }) },
      {
        name: "counter exceptions by type",
        table: "counter_exceptions",
        column: "type",
        run: exceptionsBy({ type: "other" }),
      },
      {
        name: "counter exceptions by status",
        table: "counter_exceptions",
        column: "status",
        run: exceptionsBy({ status: "rejected" }),
      },
    ];
    for (const unit of [tree.hq, tree.branches[0], tree.subBranches[0], tree.outlets[0]]) {
      for (const c of cases) {
        const from = queries.length;
        await c.run(unit.path);
        filtered.push({
          name: c.name,
          table: c.table,
          column: c.column,
          fromId: c.fromId,
          scope: unit.path,
          // Taken out of `queries`: the test of their own reads their plans, once.
          q: queries.splice(from),
        });
      }
    }
    // A record's history panel reads its audit entries.
    await recordHistory(db, "complaint", 100, "zh", config.timeZone);
    await recordHistory(db, "counter_exception", 100, "zh", config.timeZone);
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it("reads every large table through an index, at every level of the tree", async () => {
    const selects = queries.filter((q) => /^\s*select/i.test(q.sql));
    expect(selects.length).toBeGreaterThan(40);
    const failures = [];
    for (const q of selects) {
      const scan = await unindexedScan(db, q, engine === "postgres");
      if (scan) failures.push(`${scan.table} scanned by:\n${q.sql}\n${scan.plan}`);
    }
    expect(failures, failures.join("\n\n")).toEqual([]);
    // Some hundred plans, each EXPLAINed over the pool: more than vitest's 30 s on a machine under load.
  }, 120_000);

  it("reads every filtered page through an index on the filter, at every level: newer rows of other values cost nothing", async () => {
    const failures = [];
    for (const f of filtered) {
      const reads = f.q.filter((q) => /^\s*select/i.test(q.sql) && q.sql.includes(`"${f.table}"`));
      expect(reads.length, f.name).toBeGreaterThan(0);
      for (const q of reads) {
        const plan = await filterIndexed(db, q, engine === "postgres", f.table, f.column, f.fromId);
        if (plan) failures.push(`${f.name} at ${f.scope}:\n${plan}`);
      }
    }
    expect(failures, failures.join("\n\n")).toEqual([]);
  }, 120_000);

  it.runIf(engine === "postgres")(
    "plans a small subtree's page once, not once for each of its units and codes",
    async () => {
      // PostgreSQL plans each arm of a union anew: 96 arms for a sub-branch filtered by a channel took 300 ms.
      const pages = filtered.filter((f) => f.name.startsWith("complaints by a channel and its children"));
      const small = pages.filter(
        (f) => f.scope === tree.subBranches[0].path || f.scope === tree.outlets[0].path,
      );
      expect(small.length).toBe(4);
      for (const f of small) {
        const page = f.q.filter((q) => q.sql.includes('from "complaints"')).at(-1);
        if (!page) throw new Error(`no page read for ${f.name} at ${f.scope}`);
        const scans = (await postgresPlan(db, page)).match(/Scan[^\n]* on complaints\b/g) ?? [];
        expect(scans, `${f.name} at ${f.scope}`).toHaveLength(1);
      }
    },
  );

  it.runIf(engine === "postgres")(
    "reads the rollup's sums from the primary key's index alone at every level, not from scattered heap rows",
    async () => {
      const sums = queries.filter((q) =>
        /^select .*from "complaint_figures".*group by "unit_id", "axis", "code"/is.test(q.sql),
      );
      expect(sums.length).toBeGreaterThan(0);
      for (const q of sums) {
        expect(await postgresPlan(db, q)).toMatch(
          /Index Only Scan using complaint_figures_pk on complaint_figures/,
        );
      }
    },
  );

  it("binds no LIKE pattern whole: SQLite would prepare such a statement again at every execution", () => {
    const bound = queries.filter((q) => /\blike\s+(\?|\$\d+)/i.test(q.sql)).map((q) => q.sql);
    expect(bound).toEqual([]);
  });

  it("binds no constant status beside a partial index, nor the board's cap or the subtree lookup's: SQLite would prepare them again at every run", () => {
    const boards = queries.filter((q) => /"incidents"\."status" <> /.test(q.sql));
    const subtrees = queries.filter((q) => /^select "id" from "org_units" where .*limit/.test(q.sql));
    expect(boards.length).toBeGreaterThan(0);
    expect(subtrees.length).toBeGreaterThan(0);
    for (const q of boards) expect(q.sql).toMatch(/"incidents"\."status" <> 'closed'.* limit 500$/);
    for (const q of subtrees) expect(q.sql).toMatch(/ limit 65$/);
    // The counter exceptions' constant statuses, beside their partial index on status = 'handled'.
    const overdue = queries.filter((q) => /"ce"\."follow_up_due_at" <= /.test(q.sql));
    const patterns = queries.filter((q) => /having count\(\*\) >= /.test(q.sql));
    expect(overdue.length).toBeGreaterThan(0);
    expect(patterns.length).toBeGreaterThan(0);
    for (const q of overdue) expect(q.sql).toContain(`"ce"."status" = 'handled'`);
    for (const q of patterns) expect(q.sql).toContain(`"ce"."status" != 'rejected'`);
  });

  it("finds a registration's repeat candidates in the (complainant, status, business, id) index, in order, however long the person's history", async () => {
    const someone = await db
      .selectFrom("complaints")
      .select(["complainant_key", "business_category_code"])
      .where("complainant_key", "is not", null)
      .executeTakeFirstOrThrow();
    for (const unit of [tree.hq, tree.outlets[0]]) {
      const q = repeatCandidates(
        db,
        unit.path,
        someone.complainant_key ?? "",
        someone.business_category_code,
      ).compile();
      if (engine === "postgres") {
        const plan = await postgresPlan(db, q);
        expect(plan).toMatch(/Index Scan using complaints_repeat_idx on complaints/);
        expect(plan).not.toMatch(/Sort/);
      } else {
        const { rows } = await db.executeQuery<{ detail: string }>({
          ...q,
          sql: `EXPLAIN QUERY PLAN ${q.sql}`,
        } as CompiledQuery<{ detail: string }>);
        const plan = rows.map((r) => r.detail).join("\n");
        expect(plan).toMatch(
          /SEARCH complaints USING INDEX complaints_repeat_idx \(complainant_key=\? AND status=\? AND business_category_code=\?\)/,
        );
        expect(plan).not.toMatch(/TEMP B-TREE/);
      }
    }
  });

  it("would notice a scan: a filter on an unindexed column of a large table is reported", async () => {
    const q = db.selectFrom("complaints").select("id").where("summary", "=", "x").compile();
    expect(await unindexedScan(db, q, engine === "postgres")).toMatchObject({ table: "complaints" });
  });
});
