import cluster from "node:cluster";
import type { FastifyBaseLogger } from "fastify";
import { setHorizonDays } from "../domain/common/plausibility.ts";
import { sessionCache } from "./auth/sessions.ts";
import type { Config } from "./config.ts";
import type { Db } from "./db/database.ts";
import type { Deps } from "./http/deps.ts";
import { memoryBus, postgresBus, relayBus } from "./live/bus.ts";
import { OutboxDispatcher } from "./notifications/outbox/dispatcher.ts";
import { setOutboxSettings } from "./notifications/outbox/settings.ts";
import { Scheduler } from "./scheduler/scheduler.ts";

/** The long-lived parts of one app instance: database, live-event bus, deadline scheduler and outbox. */
export async function createRuntime(opts: {
  db: Db;
  config: Config;
  now: () => Date;
  log?: FastifyBaseLogger;
}): Promise<Deps> {
  const { db, config, now, log } = opts;
  setHorizonDays(config.recordHorizonDays);
  const live = config.databaseUrl
    ? await postgresBus(config.databaseUrl, (err) =>
        log?.warn({ err }, "live event connection lost; reconnecting"),
      )
    : cluster.isWorker
      ? relayBus()
      : memoryBus();
  const scheduler = new Scheduler(db, (err, item) =>
    log?.error({ err, item }, "due item failed; retrying later"),
  );
  setOutboxSettings({ timeZone: config.timeZone, publicUrl: config.publicUrl });
  const outbox = new OutboxDispatcher(db, (err) =>
    log?.error({ err }, "outbox delivery could not be recorded"),
  );
  return { db, config, now, live, scheduler, outbox, sessions: sessionCache(config, live) };
}
