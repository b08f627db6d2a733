/**
 * One tick of the deadline scheduler on the seeded database, with the real handlers registered:
 *
 *   node bench/tick.ts            # SQLITE_PATH / DATABASE_URL as for the server
 *
 * Measures an idle tick (nothing due, the common case every 5 s) and a tick that fires 20 complaint
 * warnings put due now. Its cost must not grow with the closed records behind it; compare a 10k and a 1M
 * database. The warnings fire for real (notifications are written): run it on a bench database only.
 */
import path from "node:path";
import pino from "pino";
import { buildApp } from "../src/server/app.ts";
import { DUE_KINDS } from "../src/server/complaints/clock.ts";
import { loadConfig } from "../src/server/config.ts";
import { openDatabase } from "../src/server/db/database.ts";
import { createRuntime } from "../src/server/runtime.ts";

const config = { ...loadConfig(), sqlitePath: path.resolve(process.env.SQLITE_PATH || "data/bench.db") };
const db = openDatabase(config);
const log = pino({ level: "warn" });
const deps = await createRuntime({ db, config: { ...config, logLevel: "warn" }, now: () => new Date(), log });
const app = await buildApp(deps);

const timed = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Deadlines of the seeded open records keep coming due after the seed: fire those first, as a server would
// have, so that the idle ticks below have nothing due.
const catchUpStart = performance.now();
const caughtUp = await deps.scheduler.tick(new Date());
const catchUpMs = performance.now() - catchUpStart;

const closed = await db
  .selectFrom("complaints")
  .select((eb) => eb.fn.countAll<number>().as("n"))
  .where("status", "in", ["closed", "withdrawn", "merged"])
  .executeTakeFirstOrThrow();
const pending = await db
  .selectFrom("due_items")
  .select((eb) => eb.fn.countAll<number>().as("n"))
  .executeTakeFirstOrThrow();

const idle: number[] = [];
for (let i = 0; i < 50; i++) idle.push(await timed(() => deps.scheduler.tick(new Date())));

const busy: number[] = [];
for (let round = 0; round < 5; round++) {
  const open = await db
    .selectFrom("complaints")
    .select("id")
    .where("status", "=", "open")
    .orderBy("id", "desc")
    .offset(round * 20)
    .limit(20)
    .execute();
  const dueAt = new Date(Date.now() - 1000).toISOString();
  await db
    .insertInto("due_items")
    .values(open.map((c) => ({ kind: DUE_KINDS.before, subject_id: c.id, due_at: dueAt, attempts: 0 })))
    .execute();
  busy.push(await timed(() => deps.scheduler.tick(new Date())));
}

if (caughtUp)
  console.log(
    `caught up first: ${caughtUp.toLocaleString("en")} items due since the seed, ${(catchUpMs / 1000).toFixed(1)} s`,
  );
console.log(
  `closed complaints ${Number(closed.n).toLocaleString("en")}, pending due items ${Number(pending.n).toLocaleString("en")}: ` +
    `idle tick median ${median(idle).toFixed(2)} ms (max ${Math.max(...idle).toFixed(2)}), ` +
    `tick firing 20 warnings median ${median(busy).toFixed(1)} ms (max ${Math.max(...busy).toFixed(1)})`,
);
await app.close();
await deps.live.close();
await db.destroy();
