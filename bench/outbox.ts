/**
 * The notification outbox's delivery rate (issue 22): starts a fake WeCom robot on a local port (the test
 * suite's stand-in, which checks the body as the real service does), gives `--channels` outlets of the seeded
 * database a robot channel pointing at it, writes `--notices` escalation notices spread over those outlets in
 * the transactions that would cause them, and times the dispatcher (the server's own, in this process) until
 * every delivery has been sent. Prints a Markdown report and writes bench/results/<date>-<engine>-outbox.md.
 *
 *   node bench/outbox.ts --channels 100 --notices 5000     # SQLITE_PATH / DATABASE_URL as for the server
 *
 * A robot takes 20 messages a minute, so the real limit bounds one channel at a third of a message a second;
 * the channels here are given 10,000 a minute so that the dispatcher's own rate shows. The bench's channels
 * are disabled and their deliveries removed at the end, so a server started later does not send to the gone
 * port.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import type { Caller } from "../src/server/auth/session-user.ts";
import { loadConfig } from "../src/server/config.ts";
import { openDatabase } from "../src/server/db/database.ts";
import { notify } from "../src/server/notifications/notify.ts";
import { createChannel } from "../src/server/notifications/outbox/commands.ts";
import { OutboxDispatcher } from "../src/server/notifications/outbox/dispatcher.ts";
import { setOutboxSettings } from "../src/server/notifications/outbox/settings.ts";
import { setPersonalDataKeys } from "../src/server/personal-data/vault.ts";
import { startFakeServices } from "../test/fake-notify-services.ts";

const { values: args } = parseArgs({
  options: {
    channels: { type: "string", default: "100" },
    notices: { type: "string", default: "5000" },
  },
});
const channelCount = Number(args.channels);
const noticeCount = Number(args.notices);

const config = { ...loadConfig(), sqlitePath: path.resolve(process.env.SQLITE_PATH || "data/bench.db") };
const engine = config.databaseUrl ? "postgres" : "sqlite";
const db = openDatabase(config);
// The channels' configurations are sealed with a key of this run only; nothing else here is read sealed.
setPersonalDataKeys([{ id: "bench-outbox", key: randomBytes(32) }]);
setOutboxSettings({ timeZone: config.timeZone, publicUrl: config.publicUrl });
const fake = await startFakeServices({ dingtalkSecret: "unused", feishuSecret: "unused" });

const admin = await db
  .selectFrom("users")
  .innerJoin("org_units", "org_units.id", "users.org_unit_id")
  .select(["users.id", "users.org_unit_id", "org_units.path"])
  .where("users.username", "=", "admin")
  .executeTakeFirstOrThrow();
const caller = {
  user: { id: admin.id, role: "administrator", orgUnit: { id: admin.org_unit_id } },
  actor: { id: admin.id, username: "admin", ip: null },
  scopePath: admin.path,
  locale: "zh",
} as unknown as Caller;
const outlets = await db
  .selectFrom("org_units")
  .select(["id", "name"])
  .where("kind", "=", "outlet")
  .orderBy("id")
  .execute();
const chosen = Array.from(
  { length: Math.min(channelCount, outlets.length) },
  (_, i) => outlets[Math.floor((i * outlets.length) / Math.min(channelCount, outlets.length))],
);

const setupStarted = performance.now();
const channelIds: number[] = [];
for (const unit of chosen) {
  const { id } = await createChannel(
    db,
    caller,
    {
      kind: "wecom",
      orgUnitId: unit.id,
      name: `压测：机器人 ${unit.name}`,
      config: { url: `${fake.base}/wecom/cgi-bin/webhook/send?key=bench` },
      ratePerMinute: 10_000,
    },
    new Date(),
  );
  channelIds.push(id);
}
// Notices as the escalation job writes them: each in a transaction of its own, one robot delivery each.
for (let i = 0; i < noticeCount; i++) {
  const unit = chosen[i % chosen.length];
  const ref = `压测-${String(i).padStart(6, "0")}`;
  await db.transaction().execute((trx) =>
    notify(
      trx,
      [],
      {
        key: "notify.incident_escalated",
        params: { drill: "", unit: unit.name, ref, category: "网点客流激增", minutes: "15" },
        outbound: {
          kind: "escalation",
          orgUnitId: unit.id,
          unitName: unit.name,
          ref,
          subject: "网点客流激增",
          level: "II",
          drill: false,
          link: "/incidents/1",
        },
      },
      new Date(),
    ),
  );
}
const enqueueMs = performance.now() - setupStarted;

const pending = async () =>
  Number(
    (
      await db
        .selectFrom("notify_deliveries")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("channel_id", "in", channelIds)
        .where("status", "<>", "sent")
        .executeTakeFirstOrThrow()
    ).n,
  );
const queued = await pending();
const errors: unknown[] = [];
const dispatcher = new OutboxDispatcher(db, (err) => errors.push(err));
const started = performance.now();
let ticks = 0;
while ((await pending()) > 0 && performance.now() - started < 600_000) {
  await dispatcher.tick(new Date());
  ticks++;
}
const seconds = (performance.now() - started) / 1000;
const left = await pending();
const received = fake.received.filter((r) => r.service === "wecom").length;

// Leave the database as a later server expects it: no channel pointing at this run's port.
await db.deleteFrom("notify_attempts").where("channel_id", "in", channelIds).execute();
await db.deleteFrom("notify_deliveries").where("channel_id", "in", channelIds).execute();
await db
  .updateTable("notify_channels")
  .set({ disabled_at: new Date().toISOString() })
  .where("id", "in", channelIds)
  .execute();
const engineVersion = config.databaseUrl
  ? `PostgreSQL ${(await sql<{ server_version: string }>`SHOW server_version`.execute(db)).rows[0].server_version}`
  : `SQLite ${(await sql<{ v: string }>`SELECT sqlite_version() AS v`.execute(db)).rows[0].v}`;
await db.destroy();
await fake.close();

const date = new Date().toISOString().slice(0, 10);
const report = [
  `# Outbox delivery rate ${date} · ${engine}`,
  "",
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}, ${engineVersion}. ` +
    `Load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")}.`,
  "",
  "| channels | notices | queued deliveries | written in s | sent in s | ticks | deliveries/s | robot received | left | errors |",
  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  `| ${channelIds.length} | ${noticeCount} | ${queued} | ${(enqueueMs / 1000).toFixed(1)} | ${seconds.toFixed(1)} | ${ticks} | ` +
    `${(queued / seconds).toFixed(0)} | ${received} | ${left} | ${errors.length} |`,
  "",
].join("\n");
console.log(report);
if (errors.length) console.error(errors.slice(0, 3));
const file = path.resolve("bench/results", `${date}-${engine}-outbox.md`);
fs.writeFileSync(file, report);
console.log(`written ${file}`);
