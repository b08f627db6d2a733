import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp } from "../../../../test/app.ts";
import { describeEachEngine } from "../../../../test/engines.ts";
import { startFakeServices } from "../../../../test/fake-notify-services.ts";
import { setPersonalDataKeys } from "../../personal-data/vault.ts";
import { notify } from "../notify.ts";
import { DEFAULT_DISPATCH, OutboxDispatcher } from "./dispatcher.ts";

const NOTICES = 100;
const CHILD = path.resolve(import.meta.dirname, "../../../../test/outbox-child.ts");

describeEachEngine("outbox: the sending process is killed and restarted", (engine) => {
  let t: TestApp;
  let fake: Awaited<ReturnType<typeof startFakeServices>>;
  const key = randomBytes(32);

  beforeAll(async () => {
    t = await startTestApp(engine);
    setPersonalDataKeys([{ id: "crash", key }]);
    fake = await startFakeServices({ dingtalkSecret: "d", feishuSecret: "f" });
    const admin = await t.as("admin");
    const ot01 = await idOf(t, "unit", "OT01");
    const created = await admin.post("/api/notify/channels", {
      kind: "wecom",
      orgUnitId: ot01,
      name: "营业部一工作群",
      config: { url: `${fake.base}/wecom/cgi-bin/webhook/send?key=k` },
      ratePerMinute: 10_000, // the child runs on the real clock
    });
    expect(created.statusCode).toBe(201);
    await t.db.transaction().execute(async (trx) => {
      for (let i = 0; i < NOTICES; i++) {
        const ref = `INC-CRASH-${String(i).padStart(3, "0")}`;
        await notify(
          trx,
          [],
          {
            key: "notify.incident_escalated",
            params: { drill: "", unit: "人民路网点", ref, category: "网点客流激增", minutes: "15" },
            outbound: {
              kind: "escalation",
              orgUnitId: ot01,
              unitName: "人民路网点",
              ref,
              subject: "网点客流激增",
              drill: false,
              link: "/incidents/1",
            },
          },
          t.clock.now(),
        );
      }
    });
  });
  afterAll(async () => {
    await fake.close();
    await t.close();
  });

  it("loses nothing, and what it sends twice carries the same idempotency key", async () => {
    // After 30 answers the robot takes requests in but never answers: the child dies waiting for them.
    let answered = 0;
    fake.holdWhen(() => ++answered > 30);
    const child = spawn(process.execPath, [CHILD], {
      env: {
        ...process.env,
        DATABASE_URL: t.location.databaseUrl ?? "",
        SQLITE_PATH: t.location.sqlitePath,
        PERSONAL_DATA_KEY: `crash:${key.toString("base64")}`,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = once(child, "exit");
    let stderr = "";
    child.stderr.on("data", (c) => {
      stderr += c;
    });
    const deadline = Date.now() + 20_000;
    while (answered <= 31 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(stderr).toBe("");
    expect(child.exitCode).toBeNull(); // still sending when it is killed
    child.kill("SIGKILL");
    await exited;
    const held = fake.received.slice(30).map((r) => String(r.headers["idempotency-key"]));
    expect(held.length).toBeGreaterThan(0);

    const before = await t.db.selectFrom("notify_deliveries").select(["status", "idempotency_key"]).execute();
    const unfinished = before.filter((d) => d.status !== "sent").map((d) => d.idempotency_key);
    expect(unfinished.length).toBeGreaterThan(0);

    // The restarted instance takes over the claims once their lease has run out.
    fake.holdWhen(null);
    const restarted = new OutboxDispatcher(t.db, (err) => {
      throw err;
    });
    const afterLease = new Date(Date.now() + (DEFAULT_DISPATCH.leaseSeconds + 1) * 1000);
    await restarted.tick(afterLease);

    const deliveries = await t.db
      .selectFrom("notify_deliveries")
      .select(["status", "idempotency_key"])
      .execute();
    expect(deliveries.every((d) => d.status === "sent")).toBe(true);
    const sent = fake.received.map((r) => String(r.headers["idempotency-key"]));
    const known = new Set(deliveries.map((d) => d.idempotency_key));
    expect(new Set(sent)).toEqual(known); // every notice arrived, and nothing but them
    const twice = sent.filter((k, i) => sent.indexOf(k) !== i);
    // What the robot took in but never answered went again, under the key it had been sent with; and only
    // what the killed process had not recorded as sent went twice.
    for (const k of held) expect(twice).toContain(k);
    for (const k of twice) expect(unfinished).toContain(k);
  }, 60_000);
});
