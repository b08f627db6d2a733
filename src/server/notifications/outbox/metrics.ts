import client from "prom-client";
import type { Db } from "../../db/database.ts";

/** What this process's dispatcher did: each request by channel kind and outcome (sent, failed, dead). */
export const deliveryAttempts = new client.Counter({
  name: "bulwark_notify_attempts_total",
  help: "Outbox delivery attempts by channel kind and outcome",
  labelNames: ["channel", "outcome"],
  registers: [],
});

/**
 * The outbox as the database holds it, read at each scrape: deliveries waiting (pending, sending) and dead,
 * by channel kind, and the age of the oldest waiting one: a stuck robot or gateway shows as a growing age.
 * Only unfinished and dead rows are counted, through the status index, so a scrape's cost does not grow
 * with the history of sent notices.
 */
export function outboxMetrics(db: Db, now: () => Date): client.Metric[] {
  const open = new client.Gauge({
    name: "bulwark_notify_deliveries",
    help: "Outbox deliveries not sent, by channel kind and status",
    labelNames: ["channel", "status"],
    registers: [],
    async collect() {
      const rows = await db
        .selectFrom("notify_deliveries as d")
        .innerJoin("notify_channels as c", "c.id", "d.channel_id")
        .select(["c.kind", "d.status", (eb) => eb.fn.countAll<number>().as("n")])
        .where("d.status", "in", ["pending", "sending", "dead"])
        .groupBy(["c.kind", "d.status"])
        .execute();
      this.reset();
      for (const r of rows) this.set({ channel: r.kind, status: r.status }, Number(r.n));
    },
  });
  const oldest = new client.Gauge({
    name: "bulwark_notify_oldest_pending_seconds",
    help: "Age of the oldest delivery still waiting to be sent",
    registers: [],
    async collect() {
      const row = await db
        .selectFrom("notify_deliveries")
        .select((eb) => eb.fn.min("created_at").as("at"))
        .where("status", "in", ["pending", "sending"])
        .executeTakeFirst();
      this.set(row?.at ? Math.max(0, (now().getTime() - Date.parse(String(row.at))) / 1000) : 0);
    },
  });
  return [deliveryAttempts, open, oldest];
}
