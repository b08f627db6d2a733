/**
 * Fills an empty database with a national bank's worth of data, for `npm run bench`:
 *
 *   npm run bench:seed -- --outlets 2000 --complaints 1000000 --incidents 100000 --exceptions 200000
 *
 * SQLite at SQLITE_PATH (default data/bench.db, replaced), or PostgreSQL at DATABASE_URL (must be empty).
 * Rows are generated here and written in bulk, not through the API; the audit chain stays valid.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { appendAudit, SYSTEM_ACTOR } from "../src/server/audit/append.ts";
import { rebuildFigures } from "../src/server/complaints/figures/rebuild.ts";
import { loadConfig } from "../src/server/config.ts";
import { migrateToLatest, openDatabase } from "../src/server/db/database.ts";
import { isPostgres } from "../src/server/db/dialect.ts";
import { AuditChain } from "../src/server/seed/audit-chain.ts";
import { Bulk, rng } from "../src/server/seed/bulk.ts";
import { seedComplaints } from "../src/server/seed/complaints.ts";
import { seedExceptions, seedIncidents } from "../src/server/seed/outlet-records.ts";
import { moveSequencesPastIds } from "../src/server/seed/sequences.ts";
import { seedTree } from "./seed/org.ts";
import { Progress } from "./seed/progress.ts";

const { values: args } = parseArgs({
  options: {
    outlets: { type: "string", default: "2000" },
    complaints: { type: "string", default: "1000000" },
    incidents: { type: "string", default: "100000" },
    exceptions: { type: "string", default: "200000" },
    years: { type: "string", default: "3" },
    seed: { type: "string", default: "20261123" },
  },
});
const count = (name: keyof typeof args) => {
  const n = Number(args[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${args[name]}`);
  return n;
};
const outlets = Math.max(1, count("outlets"));

const databaseUrl = process.env.DATABASE_URL || null;
const sqlitePath = path.resolve(process.env.SQLITE_PATH || "data/bench.db");
if (!databaseUrl) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(sqlitePath + suffix, { force: true });
}
const db = openDatabase({ databaseUrl, sqlitePath });
const started = Date.now();
await migrateToLatest(db, loadConfig());
if (await db.selectFrom("org_units").select("id").limit(1).executeTakeFirst()) {
  throw new Error("The database already has an org tree; seed into an empty database.");
}
if (!databaseUrl) {
  // A throw-away file: no fsync per commit while seeding (the server reopens it with its own settings).
  await sql`PRAGMA synchronous = OFF`.execute(db);
}

const r = rng(Number(args.seed));
const nowMs = Date.now();
const years = Number(args.years);
const bulk = new Bulk(db);
const audit = new AuditChain(bulk);

const tree = await seedTree(bulk, outlets, new Date(nowMs - years * 365 * 86_400_000).toISOString());
console.log(
  `org tree: ${1 + tree.branches.length + tree.subBranches.length + tree.outlets.length} units (${tree.branches.length} branches, ${tree.subBranches.length} sub-branches, ${outlets} outlets), ${tree.usernames.size} users`,
);

const refRows: { prefix: string; day: string; last: number }[] = [];
for (const [label, n, run] of [
  ["complaints", count("complaints"), seedComplaints],
  ["incidents", count("incidents"), seedIncidents],
  ["counter exceptions", count("exceptions"), seedExceptions],
] as const) {
  const progress = new Progress(label, n);
  refRows.push(...(await run(bulk, tree, audit, r, { count: n, nowMs, years, progress })));
  await bulk.flush();
  progress.finish();
}

// The complaints bypassed the commands that keep the statistics rollup; count it from them once.
const rollupStarted = Date.now();
await rebuildFigures(db, loadConfig().timeZone);
console.log(`statistics rollup rebuilt in ${((Date.now() - rollupStarted) / 1000).toFixed(1)} s`);

await moveSequencesPastIds(db, [
  "org_units",
  "users",
  "audit_log",
  "complaints",
  "complaint_extensions",
  "complaint_notices",
  "incidents",
  "incident_tasks",
  "incident_events",
  "incident_reports",
  "counter_exceptions",
  "counter_exception_events",
]);

await db.transaction().execute(async (trx) => {
  for (let i = 0; i < refRows.length; i += 1000) {
    await trx
      .insertInto("ref_counters")
      .values(refRows.slice(i, i + 1000))
      .execute();
  }
  const heads = audit.heads();
  if (heads.length) await trx.insertInto("audit_heads").values(heads).execute();
  await appendAudit(trx, SYSTEM_ACTOR, {
    action: "system.seed_bench",
    entityType: "system",
    orgUnit: { id: tree.hq.id, path: tree.hq.path },
    after: {
      outlets,
      complaints: count("complaints"),
      incidents: count("incidents"),
      exceptions: count("exceptions"),
      users: tree.usernames.size,
      seed: Number(args.seed),
    },
  });
});

if (isPostgres(db)) {
  await sql`VACUUM ANALYZE`.execute(db);
} else {
  await sql`ANALYZE`.execute(db);
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
}
await db.destroy();
console.log(
  `seeded ${databaseUrl ? "PostgreSQL" : sqlitePath} in ${((Date.now() - started) / 1000).toFixed(0)} s; ${audit.count + 1} audit entries`,
);
