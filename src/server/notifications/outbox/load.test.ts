import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp } from "../../../../test/app.ts";
import { describeEachEngine } from "../../../../test/engines.ts";
import { startFakeServices } from "../../../../test/fake-notify-services.ts";
import { openDatabase } from "../../db/database.ts";
import { setPersonalDataKeys } from "../../personal-data/vault.ts";
import { notify } from "../notify.ts";
import { OutboxDispatcher } from "./dispatcher.ts";

const NOTICES = 1000;

describeEachEngine("outbox under load: a flaky robot, exactly once, within its rate limit", (engine) => {
  let t: TestApp;
  let fake: Awaited<ReturnType<typeof startFakeServices>>;
  let wecomId: number;

  beforeAll(async () => {
    t = await startTestApp(engine);
    setPersonalDataKeys([{ id: "test", key: randomBytes(32) }]);
    fake = await startFakeServices({ dingtalkSecret: "d", feishuSecret: "f" });
    const admin = await t.as("admin");
    const ot01 = await idOf(t, "unit", "OT01");
    const wecom = await admin.post("/api/notify/channels", {
      kind: "wecom",
      orgUnitId: ot01,
      name: "营业部一工作群",
      config: { url: `${fake.base}/wecom/cgi-bin/webhook/send?key=k` },
    });
    wecomId = wecom.json().id;
    const sms = await admin.post("/api/notify/channels", {
      kind: "sms",
      orgUnitId: ot01,
      name: "短信",
      config: { url: `${fake.base}/sms/send`, body: '{"mobile":"{phone}","content":"{text}"}' },
    });
    expect(sms.statusCode).toBe(201);
    await enqueue(0, NOTICES);
  }, 120_000);

  /** Notices `from`…`from + count - 1` to OT01's outlet head: each to the robot and by SMS. */
  async function enqueue(from: number, count: number) {
    const head = await idOf(t, "user", "head.ot01");
    const ot01 = await idOf(t, "unit", "OT01");
    for (let batch = 0; batch < count / 100; batch++) {
      await t.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 100; i++) {
          const ref = `INC-LOAD-${String(from + batch * 100 + i).padStart(4, "0")}`;
          await notify(
            trx,
            [head],
            {
              key: "notify.incident_escalated",
              params: { drill: "", unit: "人民路网点", ref, category: "网点客流激增", minutes: "15" },
              outbound: {
                kind: "escalation",
                orgUnitId: ot01,
                unitName: "人民路网点",
                ref,
                subject: "网点客流激增",
                level: "II",
                drill: false,
                link: "/incidents/1",
              },
            },
            t.clock.now(),
          );
        }
      });
    }
  }

  afterAll(async () => {
    await fake.close();
    await t.close();
  });

  it("delivers every notice once per channel and recipient while 30% of the robot's requests fail", async () => {
    fake.setFailRate("wecom", 0.3);
    const errors: unknown[] = [];
    const dispatcher = new OutboxDispatcher(t.db, (err) => errors.push(err), { maxAttempts: 12 });
    const pending = async () =>
      Number(
        (
          await t.db
            .selectFrom("notify_deliveries")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("status", "!=", "sent")
            .executeTakeFirstOrThrow()
        ).n,
      );
    let ticks = 0;
    while ((await pending()) > 0 && ticks < 400) {
      const before = fake.requests.get("wecom") ?? 0;
      await dispatcher.tick(t.clock.now());
      // Ticks are half a minute apart: a tick may use what the previous one left of the minute, never more.
      expect((fake.requests.get("wecom") ?? 0) - before).toBeLessThanOrEqual(20);
      t.clock.current = new Date(t.clock.current.getTime() + 30_000);
      ticks++;
    }
    expect(errors).toEqual([]);
    expect(await pending()).toBe(0);

    for (const service of ["wecom", "sms"] as const) {
      const keys = fake.received
        .filter((r) => r.service === service)
        .map((r) => String(r.headers["idempotency-key"]));
      expect(keys).toHaveLength(NOTICES);
      expect(new Set(keys).size).toBe(NOTICES);
    }
    const refs = fake.received
      .filter((r) => r.service === "wecom")
      .map((r) => /INC-LOAD-\d{4}/.exec(r.json.markdown.content)?.[0]);
    expect(new Set(refs).size).toBe(NOTICES);
    expect(fake.requests.get("wecom")).toBeGreaterThan(NOTICES * 1.2); // the failures really happened

    // Any 60 seconds hold at most 20 requests to the robot, counted on the recorded attempts.
    const times = (
      await t.db
        .selectFrom("notify_attempts")
        .select("at")
        .where("channel_id", "=", wecomId)
        .orderBy("at")
        .execute()
    ).map((a) => Date.parse(a.at));
    let from = 0;
    for (let i = 0; i < times.length; i++) {
      while (times[i] - times[from] >= 60_000) from++;
      expect(i - from + 1).toBeLessThanOrEqual(20);
    }
  }, 180_000);

  it.runIf(engine === "postgres")(
    "sends each delivery once when two instances dispatch at the same time",
    async () => {
      fake.setFailRate("wecom", 0);
      await enqueue(NOTICES, 200);
      const other = openDatabase(t.location);
      const errors: unknown[] = [];
      const mine = new OutboxDispatcher(t.db, (err) => errors.push(err));
      const theirs = new OutboxDispatcher(other, (err) => errors.push(err));
      const before = fake.received.length;
      try {
        for (let i = 0; i < 40; i++) {
          await Promise.all([mine.tick(t.clock.now()), theirs.tick(t.clock.now())]);
          t.clock.current = new Date(t.clock.current.getTime() + 60_000);
        }
      } finally {
        await other.destroy();
      }
      expect(errors).toEqual([]);
      const keys = fake.received.slice(before).map((r) => String(r.headers["idempotency-key"]));
      expect(keys).toHaveLength(400);
      expect(new Set(keys).size).toBe(400);
    },
    120_000,
  );
});
