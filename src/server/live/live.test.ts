import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.ts";
import { createTestDatabase, describeEachEngine } from "../../../test/engines.ts";
import { type LiveEvent, postgresBus } from "./bus.ts";

/**
 * Reads Server-Sent Events from a real HTTP stream: runs `act` once the stream is ready, then reads until
 * `until` holds (plus a short grace, so that a duplicate would still be caught) or three seconds pass.
 */
async function collectEvents(
  url: string,
  cookie: string,
  until: (events: string[]) => boolean,
  act: () => Promise<void>,
) {
  const controller = new AbortController();
  const stop = setTimeout(() => controller.abort(), 3000);
  const res = await fetch(url, {
    headers: { cookie, accept: "text/event-stream" },
    signal: controller.signal,
  });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: string[] = [];
  let buffer = "";
  let acted = false;
  let stopping = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const blocks = buffer.split("\n\n");
      buffer = blocks.pop() ?? "";
      for (const block of blocks) {
        const name = /^event: (.+)$/m.exec(block)?.[1];
        if (name) events.push(`${name} ${/^data: (.+)$/m.exec(block)?.[1]}`);
      }
      if (!acted && events.some((e) => e.startsWith("ready"))) {
        acted = true;
        await act();
      }
      if (!stopping && until(events)) {
        stopping = true;
        setTimeout(() => controller.abort(), 300);
      }
    }
  } catch (err) {
    if (!controller.signal.aborted) throw err;
  } finally {
    clearTimeout(stop);
  }
  return { status: res.status, events };
}

describeEachEngine("live events", (engine) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => t.close());

  it("an outlet head with the stream open hears of a new incident at the outlet once, and of the notice once", async () => {
    const head = await t.as("head.ot01");
    const lobby = await t.as("lobby.ot01");
    let id = 0;
    const { status, events } = await collectEvents(
      `${base}/api/events`,
      head.cookieHeader(),
      (seen) =>
        seen.some((e) => e.startsWith("notification.new")) &&
        seen.some((e) => e.startsWith("incident.updated")),
      async () => {
        id = (
          await lobby.post("/api/incidents", { category: "queue_machine_failure", summary: "叫号机故障" })
        ).json().id;
      },
    );
    expect(status).toBe(200);
    expect(events.filter((e) => e.startsWith("incident.updated"))).toEqual([
      `incident.updated {"type":"incident.updated","id":${id}}`,
    ]);
    expect(events.filter((e) => e.startsWith("notification.new"))).toHaveLength(1);
  });

  it("staff of another sub-branch hear nothing of it", async () => {
    const other = await t.as("lobby.ot04");
    const lobby = await t.as("lobby.ot01");
    const { events } = await collectEvents(
      `${base}/api/events`,
      other.cookieHeader(),
      () => false,
      async () => {
        await lobby.post("/api/incidents", { category: "queue_machine_failure", summary: "再次故障" });
      },
    );
    expect(events.filter((e) => !e.startsWith("ready"))).toEqual([]);
  });

  it("the stream needs a session", async () => {
    const res = await fetch(`${base}/api/events`, { headers: { accept: "text/event-stream" } });
    expect(res.status).toBe(401);
  });
});

describe.skipIf(!inject("postgresUrl"))("live events across instances on PostgreSQL", () => {
  it("a change's several events reach another instance together, in one notification, not on the channel older instances read", async () => {
    const database = await createTestDatabase("postgres");
    const url = database.location.databaseUrl as string;
    const raw = new pg.Client({ connectionString: url });
    const notifications: string[] = [];
    raw.on("notification", (msg) => notifications.push(msg.channel));
    await raw.connect();
    await raw.query("LISTEN bulwark_live_messages");
    await raw.query("LISTEN bulwark_live");
    const receiver = await postgresBus(url);
    const sender = await postgresBus(url);
    try {
      const heard: string[] = [];
      receiver.subscribe("org:1", (e) => heard.push(`org ${e.type}`));
      receiver.subscribe("user:7", (e) => heard.push(`user ${e.type}`));
      await sender.publish(
        { topics: ["org:1"], event: { type: "incident.updated", id: 3 } },
        { topics: ["user:7"], event: { type: "notification.new" } },
        { topics: [], event: { type: "notification.new" } },
      );
      // The raw listener is a connection of its own and may hear the notification after the receiver
      // does, so both are awaited (a loaded CI machine once took over a second); the grace that follows
      // would catch a second notification on the old channel.
      const pause = () => new Promise((r) => setTimeout(r, 20));
      for (let i = 0; i < 250 && (heard.length < 2 || notifications.length === 0); i++) await pause();
      for (let i = 0; i < 5; i++) await pause();
      expect(heard).toEqual(["org incident.updated", "user notification.new"]);
      expect(notifications).toEqual(["bulwark_live_messages"]);
    } finally {
      await raw.end();
      await receiver.close();
      await sender.close();
      await database.drop();
    }
  });

  it("an instance not yet upgraded is still heard, and a malformed notification is reported, not fatal", async () => {
    const database = await createTestDatabase("postgres");
    const url = database.location.databaseUrl as string;
    const errors: unknown[] = [];
    const receiver = await postgresBus(url, (err) => errors.push(err));
    try {
      const heard: LiveEvent[] = [];
      receiver.subscribe("org:1", (e) => heard.push(e));
      const notify = (payload: string) =>
        sql`SELECT pg_notify('bulwark_live', ${payload})`.execute(database.db);
      await notify("not json");
      await notify(JSON.stringify({ topics: "org:1", event: { type: "incident.updated" } }));
      // The single message an instance sent before messages were batched.
      await notify(JSON.stringify({ topics: ["org:1"], event: { type: "incident.updated", id: 9 } }));
      for (let i = 0; i < 250 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toEqual([{ type: "incident.updated", id: 9 }]);
      expect(errors).toHaveLength(1);
    } finally {
      await receiver.close();
      await database.drop();
    }
  });

  it("survive the database dropping the listening connection", async () => {
    const database = await createTestDatabase("postgres");
    const url = database.location.databaseUrl as string;
    const errors: unknown[] = [];
    const receiver = await postgresBus(url, (err) => errors.push(err));
    const sender = await postgresBus(url);
    try {
      const heard: LiveEvent[] = [];
      receiver.subscribe("org:1", (e) => heard.push(e));
      await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid() AND datname = current_database()`.execute(
        database.db,
      );
      // Keep sending until the receiver has reconnected and hears one.
      for (let i = 0; i < 40 && heard.length === 0; i++) {
        await sender.publish({ topics: ["org:1"], event: { type: "incident.updated", id: i } });
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(errors.length).toBeGreaterThan(0);
      expect(heard.length).toBeGreaterThan(0);
    } finally {
      await receiver.close();
      await sender.close();
      await database.drop();
    }
  });
});
