/**
 * The primary of WORKERS server processes on one port (node:cluster; main.ts loads it when WORKERS > 1). It
 * migrates and fills the database once, then starts the workers, which share the port. One of them, the
 * first, runs the deadline scheduler and the session purge, so that they run once per machine; a worker that
 * dies is started again in its place. On SQLite the primary relays each worker's live events to the others
 * (live/bus.ts relayBus); on PostgreSQL they travel by NOTIFY, as between machines.
 */
import cluster, { type Worker } from "node:cluster";
import pino from "pino";
import { loadConfig } from "./config.ts";
import { migrateToLatest, openDatabase } from "./db/database.ts";
import { isRelayed } from "./live/bus.ts";
import { prepareDatabase } from "./prepare.ts";

const config = loadConfig();
const log = pino({ level: config.logLevel });
const db = openDatabase(config);
await migrateToLatest(db, config);
await prepareDatabase(db, config, log);
await db.destroy();

let stopping = false;
const start = (scheduler: boolean): Worker => {
  const worker = cluster.fork({ BULWARK_WORKER_ROLE: scheduler ? "scheduler" : "server" });
  worker.on("message", (m: unknown) => {
    if (!isRelayed(m)) return;
    for (const other of Object.values(cluster.workers ?? {})) {
      if (other && other !== worker && other.isConnected()) other.send(m);
    }
  });
  worker.on("exit", (code, signal) => {
    if (stopping) return;
    log.error({ code, signal, scheduler }, "a server process ended; starting another");
    start(scheduler);
  });
  return worker;
};
for (let i = 0; i < config.workers; i++) start(i === 0);
log.info(`started ${config.workers} server processes`);

const shutdown = () => {
  stopping = true;
  for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
