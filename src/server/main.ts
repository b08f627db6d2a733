import { buildApp } from "./app.ts";
import { purgeIdleSessions } from "./auth/sessions.ts";
import { loadConfig } from "./config.ts";
import { migrateToLatest, openDatabase } from "./db/database.ts";
import { seedDemoData } from "./seed/demo.ts";

const config = loadConfig();
const db = openDatabase(config);
await migrateToLatest(db);
if (config.demoData && (await seedDemoData(db))) {
  console.log("Filled the empty database with the demo org tree and users (password Demo#2026pass).");
}

const app = await buildApp({ db, config, now: () => new Date() });
const purge = setInterval(() => {
  purgeIdleSessions(db, new Date(), config.sessionIdleMinutes).catch((err) =>
    app.log.error({ err }, "session purge failed"),
  );
}, 10 * 60_000);
purge.unref();

async function shutdown(signal: string) {
  app.log.info({ signal }, "shutting down");
  await app.close();
  await db.destroy();
  process.exit(0);
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);

await app.listen({ port: config.port, host: config.host });
const where = config.databaseUrl ? "PostgreSQL" : config.sqlitePath;
app.log.info(`Bulwark is serving http://localhost:${config.port} (database: ${where})`);
