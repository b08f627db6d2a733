/**
 * `npm run bench`: starts the real server on the seeded database (SQLITE_PATH, default data/bench.db, or
 * DATABASE_URL), signs in users at every level of the tree through the API, drives each scenario over
 * loopback with autocannon and then the same against the floor (bench/floor.ts), and writes
 * bench/results/<date>-<engine>-<n>-workers.md. Options: --seconds 10, --connections 64, --only <name part>,
 * --starts 3, --workers <n> (WORKERS; default the cores, as `npm start`), --rounds 1 (ours and the floor take
 * that many turns per scenario; the report keeps the medians), --no-floor, --cpu-prof (CPU profiles of the
 * servers into data/bench-logs/profiles).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { openDatabase } from "../src/server/db/database.ts";
import { drive, type Measured, medianOfRounds } from "./lib/load.ts";
import { rssMb, type Served, startServer } from "./lib/process.ts";
import { type Report, writeReport } from "./lib/report.ts";
import { type Session, signInAll } from "./lib/sessions.ts";
import type { Person, Population, Scenario } from "./scenarios.ts";
import { SCENARIOS } from "./scenarios.ts";
import { BENCH_PASSWORD } from "./seed/org.ts";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "64" },
    workers: { type: "string", default: String(os.availableParallelism()) },
    only: { type: "string" },
    starts: { type: "string", default: "3" },
    rounds: { type: "string", default: "1" },
    "no-floor": { type: "boolean", default: false },
    "cpu-prof": { type: "boolean", default: false },
  },
});
const seconds = Number(args.seconds);
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds must be a whole number of at least 1");
const connections = Number(args.connections);
const scenarios = SCENARIOS.filter((s) => !args.only || s.name.includes(args.only));

const databaseUrl = process.env.DATABASE_URL || null;
const sqlitePath = path.resolve(process.env.SQLITE_PATH || "data/bench.db");
const engine = databaseUrl ? "postgres" : "sqlite";
if (!databaseUrl && !fs.existsSync(sqlitePath))
  throw new Error(`No ${sqlitePath}: run npm run bench:seed first`);
const env = {
  // What `npm start` sets (bench/README.md, memory): without them glibc gives Node's threads up to 16 malloc
  // arenas on 2 cores, and V8 grows its heap under load to two or three times what it keeps alive.
  MALLOC_ARENA_MAX: "2",
  NODE_OPTIONS: "--max-semi-space-size=8 --max-old-space-size=256",
  ...process.env,
  DATABASE_URL: databaseUrl ?? "",
  SQLITE_PATH: sqlitePath,
  DEMO_DATA: "false",
  LOG_LEVEL: "warn",
  NODE_ENV: "production",
  METRICS_TOKEN: "bench-metrics-token-of-this-run",
  WORKERS: args.workers,
};
const logDir = path.resolve("data/bench-logs");
fs.mkdirSync(logDir, { recursive: true });

// Who is who: the tree's codes, the people the scenarios sign in as, and how deep the keyset goes.
const db = openDatabase({ databaseUrl, sqlitePath });
const codes = async (kind: "outlet" | "sub_branch" | "branch") =>
  (await db.selectFrom("org_units").select("code").where("kind", "=", kind).orderBy("id").execute()).map(
    (u) => u.code.toLowerCase(),
  );
const { n: maxIncidentId } = await db
  .selectFrom("incidents")
  .select((eb) => eb.fn.max("id").as("n"))
  .executeTakeFirstOrThrow();
const { n: maxComplaintId } = await db
  .selectFrom("complaints")
  .select((eb) => eb.fn.max("id").as("n"))
  .executeTakeFirstOrThrow();
const { n: complaintCount } = await db
  .selectFrom("complaints")
  .select((eb) => eb.fn.countAll().as("n"))
  .executeTakeFirstOrThrow();
const engineVersion = databaseUrl
  ? `PostgreSQL ${(await sql<{ server_version: string }>`SHOW server_version`.execute(db)).rows[0].server_version}`
  : `SQLite ${(await sql<{ v: string }>`SELECT sqlite_version() AS v`.execute(db)).rows[0].v}`;
const population: Population = {
  outlets: await codes("outlet"),
  subBranches: await codes("sub_branch"),
  branches: await codes("branch"),
  maxIncidentId: Number(maxIncidentId ?? 1),
  maxComplaintId: Number(maxComplaintId ?? 1),
  opinionToken: "",
};
const wanted = [...new Set(scenarios.flatMap((s) => s.users(population)))];
const people = new Map<string, Person>(
  (
    await db
      .selectFrom("users")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .select([
        "users.username",
        "users.id",
        "users.role",
        "users.display_name as displayName",
        "org_units.id as unitId",
        "org_units.path",
      ])
      .where("users.username", "in", wanted)
      .execute()
  ).map((p) => [p.username, p]),
);
await db.destroy();
const missing = wanted.filter((u) => !people.has(u));
if (missing.length) throw new Error(`Not in the seeded database: ${missing.slice(0, 5).join(", ")}`);
// An interrupted run leaves its reports open, and the scheduler would escalate them all through this one.
await closeBenchIncidents();

const mainScript = path.resolve("src/server/main.ts");
const start = (script: string, name: string): Promise<Served> =>
  startServer({
    script,
    env,
    readyPath: script === mainScript ? "/readyz" : "/healthz",
    logFile: path.join(logDir, `${engine}-${name}.log`),
    // Written when the server exits; open it in Chrome DevTools or read it with bench/lib/profile-top.ts.
    nodeArgs: args["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.join(logDir, "profiles")}`] : [],
  });

const report: Report = {
  engine,
  engineVersion,
  date: new Date().toISOString().slice(0, 10),
  seconds,
  rounds,
  workers: Number(args.workers),
  complaints: Number(complaintCount),
  outlets: population.outlets.length,
  startMs: [],
  rows: [],
};

// Start-up: spawn to the first 200 of /readyz, several times, the last one kept for the load.
let app: Served | undefined;
for (let i = 0; i < Number(args.starts); i++) {
  await app?.stop();
  app = await start(mainScript, "app");
  report.startMs.push(app.startMs);
}
if (!app) throw new Error("--starts must be at least 1");
console.log(`${engine}: server up in ${report.startMs.map((ms) => ms.toFixed(0)).join(", ")} ms`);

const rssAtStart = rssMb(app.pid) ?? 0;
const sessions = new Map<string, Session>(
  (await signInAll(app.url, wanted, BENCH_PASSWORD)).map((s) => [s.username, s]),
);
report.rssSteps = { atStart: rssAtStart, afterSignIns: rssMb(app.pid) ?? 0 };
const admin = sessions.get("admin");
if (admin) population.opinionToken = await opinionSource(app.url, admin);
await dueCaughtUp();
console.log(
  `signed in ${sessions.size} users; RSS ${rssAtStart.toFixed(0)} → ${report.rssSteps.afterSignIns.toFixed(0)} MB`,
);

/**
 * The report scenario leaves thousands of open incidents, which would fill the boards of the next scenario or
 * run: close them directly (a bench database only; the audit log says nothing about them either way).
 */
async function closeBenchIncidents() {
  const db = openDatabase({ databaseUrl, sqlitePath });
  await db
    .updateTable("incidents")
    .set({ status: "closed", closed_at: new Date().toISOString() })
    .where("summary", "like", "压测：%")
    .where("status", "<>", "closed")
    .execute();
  await db.destroy();
}

/** A new ingest source of public-opinion mentions, created through the API; answers its token. */
async function opinionSource(url: string, admin: Session): Promise<string> {
  const res = await fetch(`${url}/api/opinion/sources`, {
    method: "POST",
    headers: { ...admin.headers, "content-type": "application/json" },
    body: JSON.stringify({ kind: "api", name: `压测：舆情接口 ${new Date().toISOString()}` }),
  });
  if (res.status !== 201) throw new Error(`creating the ingest source: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * Deadlines of the seeded open records keep coming due after the seed: a bench database a week old had
 * 155,000, which the server's first tick fires during the first scenario. Wait until it has fired them.
 */
async function dueCaughtUp() {
  const db = openDatabase({ databaseUrl, sqlitePath });
  const dueNow = async () =>
    Number(
      (
        await db
          .selectFrom("due_items")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("due_at", "<=", new Date().toISOString())
          .executeTakeFirstOrThrow()
      ).n,
    );
  // An item whose handler fails comes back a minute later, so give up waiting after ten minutes.
  const deadline = Date.now() + 600_000;
  for (let n = await dueNow(); n > 0 && Date.now() < deadline; n = await dueNow()) {
    console.log(
      `the server's scheduler is firing ${n.toLocaleString("en")} deadlines that came due since the seed`,
    );
    await new Promise((r) => setTimeout(r, 5000));
  }
  await db.destroy();
}

/** Requests still queued from a scenario would slow the next one: wait until the server answers at once. */
async function drained(served: Served) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const t = performance.now();
    await fetch(`${served.url}/healthz`);
    if (performance.now() - t < 50) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function measure(served: Served, s: Scenario, headersOf: (p: Person) => Record<string, string>) {
  const result: Measured = await drive({
    url: served.url,
    pid: served.pid,
    scenario: s,
    people: s.users(population).map((u) => people.get(u) as Person),
    headersOf,
    population,
    connections: s.connections ?? connections,
    seconds,
  });
  await drained(served);
  if (s.budget === "stats") {
    // The budget is one dashboard's answer time: three requests one after the other, nobody else asking.
    const p = people.get(s.users(population)[0]) as Person;
    const { path: url } = s.request(p, 0, population);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const res = await fetch(served.url + url, { headers: headersOf(p) });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${s.name}: ${res.status}`);
      times.push(performance.now() - t);
    }
    result.single = times.sort((a, b) => a - b)[1];
  }
  await closeBenchIncidents();
  return result;
}

const line = (who: string, s: Scenario, r: Measured) =>
  console.log(
    `  ${who.padEnd(6)} ${s.name.padEnd(38)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  RSS ${r.peakRssMb.toFixed(0)} MB  ramp-up ${(r.rampUpMs / 1000).toFixed(1)} s${r.single ? `  alone ${r.single.toFixed(0)} ms` : ""}${r.failures ? `  ${r.failures} FAILED` : ""}`,
  );

// Ours and the floor take turns, scenario by scenario, so that a share of the floor compares two runs a
// minute apart: the machine's speed drifts by more than that over a whole run.
const floor = args["no-floor"] ? undefined : await start(path.resolve("bench/floor.ts"), "floor");
const floorHeaders = (p: Person) => ({
  "x-scope": p.path,
  "x-unit": String(p.unitId),
  "x-user": String(p.id),
  "x-role": p.role,
  "x-name": encodeURIComponent(p.displayName),
});
for (const s of scenarios) {
  const ours: Measured[] = [];
  const floors: Measured[] = [];
  for (let round = 0; round < rounds; round++) {
    ours.push(await measure(app, s, (p) => (sessions.get(p.username) as Session).headers));
    line("ours", s, ours[round]);
    if (!floor) continue;
    floors.push(await measure(floor, s, floorHeaders));
    line("floor", s, floors[round]);
  }
  report.rows.push({
    scenario: s,
    ours: medianOfRounds(ours),
    floor: floors.length ? medianOfRounds(floors) : null,
  });
}
// Where the memory is: the V8 heap, or outside it (SQLite's and Node's buffers), from the server's own metrics.
const metrics = await (
  await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${env.METRICS_TOKEN}` } })
).text();
const gauge = (name: string) =>
  Number(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, "m").exec(metrics)?.[1] ?? 0) / 2 ** 20;
report.memory = {
  rss: gauge("process_resident_memory_bytes"),
  heapUsed: gauge("nodejs_heap_size_used_bytes"),
  heapTotal: gauge("nodejs_heap_size_total_bytes"),
  external: gauge("nodejs_external_memory_bytes"),
};
await app.stop();
await floor?.stop();
const file = writeReport(report);
console.log(`written ${file}`);
