import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Served, startServer } from "../../bench/lib/process.ts";
import { createTestDatabase, describeEachEngine, type TestDatabase } from "../../test/engines.ts";
import { startFakeServices } from "../../test/fake-notify-services.ts";
import { DUE_KINDS } from "./complaints/clock.ts";
import { complaintBody } from "./complaints/test-fixtures.ts";
import { DEMO_PASSWORD } from "./seed/demo.ts";

/** Signs in over HTTP as a browser does, and answers the Cookie header and anti-forgery token to send. */
async function signIn(base: string, username: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { token } = (await csrf.json()) as { token: string };
  let cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { cookie, "x-csrf-token": token, "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(login.status, await login.clone().text()).toBe(200);
  cookie = [cookie, ...login.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
  return { cookie, token };
}

/** An open event stream and the names of the events it has heard so far. */
async function listen(base: string, cookie: string, signal: AbortSignal) {
  const res = await fetch(`${base}/api/events`, { headers: { cookie, accept: "text/event-stream" }, signal });
  const heard: string[] = [];
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const ready = new Promise<void>((resolve) => {
    (async () => {
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (const name of buffer.matchAll(/^event: (.+)$/gm)) heard.push(name[1]);
        buffer = "";
        if (heard.includes("ready")) resolve();
      }
    })().catch(() => {});
  });
  await ready;
  return heard;
}

describeEachEngine("WORKERS: several server processes on one port", (engine) => {
  let database: TestDatabase;
  let served: Served;
  let fake: Awaited<ReturnType<typeof startFakeServices>>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-workers-"));

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    fake = await startFakeServices({ dingtalkSecret: "d", feishuSecret: "f" });
    served = await startServer({
      script: path.resolve("src/server/main.ts"),
      env: {
        ...process.env,
        WORKERS: "2",
        SCHEDULER_INTERVAL_SECONDS: "1",
        PERSONAL_DATA_KEY: `workers:${randomBytes(32).toString("base64")}`,
        DEMO_DATA: "minimal",
        LOG_LEVEL: "info",
        WEB_ROOT: dir,
        DATABASE_URL: database.location.databaseUrl ?? "",
        SQLITE_PATH: database.location.sqlitePath,
      },
      readyPath: "/readyz",
      logFile: path.join(dir, "server.log"),
    });
  }, 60_000);
  afterAll(async () => {
    await served?.stop();
    await fake?.close();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a change made through one process reaches the browsers of every process", async () => {
    // Once both processes listen, the primary hands them new connections in turn.
    const deadline0 = Date.now() + 20_000;
    const serving = () =>
      fs.readFileSync(path.join(dir, "server.log"), "utf8").split("Bulwark is serving").length - 1;
    while (serving() < 2 && Date.now() < deadline0) await new Promise((r) => setTimeout(r, 50));
    expect(serving()).toBe(2);
    const officer = await signIn(served.url, "officer.sb01");
    const lobby = await signIn(served.url, "lobby.ot01");
    const controller = new AbortController();
    // Four streams, each its own connection, so both processes hold some of them.
    const streams = await Promise.all(
      [1, 2, 3, 4].map(() => listen(served.url, officer.cookie, controller.signal)),
    );
    const created = await fetch(`${served.url}/api/complaints`, {
      method: "POST",
      headers: { cookie: lobby.cookie, "x-csrf-token": lobby.token, "content-type": "application/json" },
      body: JSON.stringify(complaintBody()),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline && !streams.every((s) => s.includes("complaint.updated"))) {
      await new Promise((r) => setTimeout(r, 20));
    }
    controller.abort();
    expect(streams.map((s) => s.includes("complaint.updated"))).toEqual([true, true, true, true]);
  });

  it("fires a deadline and sends its robot message once, whichever process holds the scheduler and the outbox", async () => {
    const admin = await signIn(served.url, "admin");
    const lobby = await signIn(served.url, "lobby.ot01");
    const post = (who: { cookie: string; token: string }, url: string, body: unknown) =>
      fetch(served.url + url, {
        method: "POST",
        headers: { cookie: who.cookie, "x-csrf-token": who.token, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const ot01 = await database.db
      .selectFrom("org_units")
      .select("id")
      .where("code", "=", "OT01")
      .executeTakeFirstOrThrow();
    const channel = await post(admin, "/api/notify/channels", {
      kind: "wecom",
      orgUnitId: ot01.id,
      name: "营业部一工作群",
      config: { url: `${fake.base}/wecom/cgi-bin/webhook/send?key=k` },
      noticeKinds: ["complaint_warning"],
    });
    expect(channel.status, await channel.clone().text()).toBe(201);
    const created = await post(lobby, "/api/complaints", complaintBody({ summary: "两个进程只提醒一次" }));
    expect(created.status, await created.clone().text()).toBe(201);
    const complaint = (await created.json()) as { id: number; ref: string };
    // The three-day warning comes due now; a scheduler in each process would still claim it once, so the
    // test also needs it fired at all: a worker started without the scheduler role would never fire it.
    await database.db
      .updateTable("due_items")
      .set({ due_at: new Date(Date.now() - 1000).toISOString() })
      .where("kind", "=", DUE_KINDS.before)
      .where("subject_id", "=", complaint.id)
      .execute();
    const robotMessages = () =>
      fake.received.filter(
        (r) => r.service === "wecom" && String(r.json.markdown?.content).includes(complaint.ref),
      );
    const deadline = Date.now() + 20_000;
    while (robotMessages().length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    // Three more ticks of either process, for a second firing or sending to show.
    await new Promise((r) => setTimeout(r, 3000));
    const notices = await database.db
      .selectFrom("notifications")
      .select(["user_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("message_key", "=", "notify.complaint_warning")
      .where("link", "=", `/complaints/${complaint.id}`)
      .groupBy("user_id")
      .execute();
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.map((n) => Number(n.n))).toEqual(notices.map(() => 1));
    expect(robotMessages()).toHaveLength(1);
  }, 60_000);
});
