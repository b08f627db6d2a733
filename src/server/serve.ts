/** Opens the database, migrates it, starts the scheduler and listens; main.ts loads it. */
import pino from "pino";
import { buildApp } from "./app.ts";
import { purgeIdleSessions } from "./auth/sessions.ts";
import { loadConfig } from "./config.ts";
import { migrateToLatest, openDatabase } from "./db/database.ts";
import { createRuntime } from "./runtime.ts";
import { seedDemoData } from "./seed/demo.ts";

const config = loadConfig();
const log = pino({ level: config.logLevel });
const db = openDatabase({
  ...config,
  backgroundCheckpoints: (problem) => log.warn({ problem }, "SQLite checkpoint failed; retrying"),
});
await migrateToLatest(db, config);
const sampleRecords = config.demoData === "full" ? { timeZone: config.timeZone, now: new Date() } : undefined;
if (config.demoData !== "off" && (await seedDemoData(db, sampleRecords))) {
  log.info(
    `Filled the empty database with the demo org tree and users${sampleRecords ? " and three months of sample records" : ""} (password Demo#2026pass).`,
  );
}

const now = () => new Date();
const deps = await createRuntime({ db, config, now, log });
const app = await buildApp(deps);
deps.scheduler.start(config.schedulerIntervalSeconds * 1000, now);
deps.outbox.start(config.schedulerIntervalSeconds * 1000, now);
const purge = setInterval(() => {
  purgeIdleSessions(db, now(), config.sessionIdleMinutes).catch((err) =>
    log.error({ err }, "session purge failed"),
  );
}, 10 * 60_000);
purge.unref();

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
