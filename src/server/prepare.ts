import type { Logger } from "pino";
import type { Config } from "./config.ts";
import type { Db } from "./db/database.ts";
import { seedDemoData } from "./seed/demo.ts";

/** Fills an empty database with the demo data DEMO_DATA asks for; once per start, before serving. */
export async function prepareDatabase(db: Db, config: Config, log: Logger): Promise<void> {
  const sampleRecords =
    config.demoData === "full" ? { timeZone: config.timeZone, now: new Date() } : undefined;
  if (config.demoData !== "off" && (await seedDemoData(db, sampleRecords))) {
    log.info(
      `Filled the empty database with the demo org tree and users${sampleRecords ? " and three months of sample records" : ""} (password Demo#2026pass).`,
    );
  }
}
