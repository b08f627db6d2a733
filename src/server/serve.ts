/** Opens the database, migrates it, starts the scheduler and listens; main.ts loads it. */
import cluster from "node:cluster";
import pino from "pino";
import { buildApp } from "./app.ts";
import { purgeIdleSessions } from "./auth/sessions.ts";
import { loadConfig } from "./config.ts";
import { migrateToLatest, openDatabase } from "./db/database.ts";
import { prepareDatabase } from "./prepare.ts";
import { createRuntime } from "./runtime.ts";

const config = loadConfig();
const log = pino({ level: config.logLevel });
// Each process checkpoints SQLite's log from a thread of its own: PASSIVE checkpoints of several processes
// take turns under SQLite's locks, as two machines' would on PostgreSQL's.
const db = openDatabase({
  ...config,
  backgroundCheckpoints: (problem) => log.warn({ problem }, "SQLite checkpoint failed; retrying"),
});
// A worker of several (primary.ts) finds the database migrated and filled by the primary.
if (!cluster.isWorker) {
  await migrateToLatest(db, config);
  await prepareDatabase(db, config, log);
}

const now = () => new Date();
const deps = await createRuntime({ db, config, now, log });
const app = await buildApp(deps);
// Once per machine: by the one process, or by the worker the primary chose. (Several machines are safe too:
// due items and deliveries are claimed, so each is handled by one.)
if (!cluster.isWorker || process.env.BULWARK_WORKER_ROLE === "scheduler") {
  deps.scheduler.start(config.schedulerIntervalSeconds * 1000, now);
  deps.outbox.start(config.schedulerIntervalSeconds * 1000, now);
  const purge = setInterval(() => {
    purgeIdleSessions(db, now(), config.sessionIdleMinutes).catch((err) =>
      log.error({ err }, "session purge failed"),
    );
  }, 10 * 60_000);
  purge.unref();
}

async function shutdown(signal: string) {
  log.info({ signal }, "shutting down");
  await deps.scheduler.stop();
  await deps.outbox.stop();
  await app.close();
  await deps.live.close();
  await db.destroy();
  process.exit(0);
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);

await app.listen({ port: config.port, host: config.host });
log.info(
  `Bulwark is serving http://localhost:${config.port} (database: ${config.databaseUrl ? "PostgreSQL" : config.sqlitePath})`,
);
