import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../../test/app.ts";
import { describeEachEngine } from "../../../../test/engines.ts";
import { startFakeServices } from "../../../../test/fake-notify-services.ts";
import { buildApp } from "../../app.ts";
import { setPersonalDataKeys } from "../../personal-data/vault.ts";
import { notify } from "../notify.ts";

describeEachEngine("outbox: channels, deliveries and the duty person", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let fake: Awaited<ReturnType<typeof startFakeServices>>;
  const keys = [{ id: "test", key: randomBytes(32) }];
  const tick = () => t.deps.outbox.tick(t.clock.now());
  const smsChannel = () => ({
    kind: "sms",
    orgUnitId: 1,
    name: "总行短信平台",
    config: {
      url: `${fake.base}/sms/send`,
      headers: { authorization: "Bearer GATEWAYTOKEN" },
      body: '{"mobile":"{phone}","content":"{text}","requestId":"{key}"}',
      successMatch: '"code":"OK"',
    },
  });

  beforeAll(async () => {
    t = await startTestApp(engine);
    setPersonalDataKeys(keys);
    fake = await startFakeServices({ dingtalkSecret: "SECdt", feishuSecret: "fs" });
    admin = await t.as("admin");
  });
  afterAll(async () => {
    await fake.close();
    await t.close();
  });

  it("lets only administrators add channels, names the wrong field, and never shows a secret again", async () => {
    const ot01 = await idOf(t, "unit", "OT01");
    const body = {
      kind: "wecom",
      orgUnitId: ot01,
      name: "营业部一工作群",
      config: { url: `${fake.base}/wecom/cgi-bin/webhook/send?key=WECOMKEY123` },
    };
    expect((await (await t.as("head.ot01")).post("/api/notify/channels", body)).statusCode).toBe(403);

    const bad = await admin.post("/api/notify/channels", { ...body, kind: "dingtalk" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("config.secret");

    const created = await admin.post("/api/notify/channels", body);
    expect(created.statusCode).toBe(201);
    expect(created.json().id).toEqual(expect.any(Number));
    expect((await admin.post("/api/notify/channels", smsChannel())).statusCode).toBe(201);

    const listed = await admin.get("/api/notify/channels");
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain("WECOMKEY123");
    expect(listed.body).not.toContain("GATEWAYTOKEN");
    const wecom = listed.json().items.find((c: { id: number }) => c.id === created.json().id);
    expect(wecom.config.url).toContain("key=******");

    const stored = await t.db.selectFrom("notify_channels").select("config_sealed").execute();
    for (const s of stored) expect(s.config_sealed).not.toContain("KEY123");
    const audit = await t.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "notify.channel_create")
      .execute();
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toMatch(/WECOMKEY123|GATEWAYTOKEN/);
  });

  it("sends a level Ⅱ report at OT01 to its WeCom robot and by SMS to the duty person within one tick", async () => {
    const ot01 = await idOf(t, "unit", "OT01");
    const teller = await idOf(t, "user", "teller.ot01");
    await t.db.updateTable("users").set({ mobile_phone: "139-0000-0202" }).where("id", "=", teller).execute();
    const head = await t.as("head.ot01");
    for (const dayKind of ["workday", "holiday"])
      expect(
        (
          await head.post(`/api/roster/${ot01}/shifts`, {
            userId: teller,
            dayKind,
            start: "00:00",
            end: "00:00",
          })
        ).statusCode,
      ).toBe(201);
    expect((await head.get(`/api/roster/${ot01}`)).json().onDuty).toMatchObject({ id: teller });

    const before = fake.received.length;
    const lobby = await t.as("lobby.ot01");
    const report = await lobby.post("/api/incidents", {
      category: "crowd_surge",
      summary: "客户王某某情绪激动，电话13912345678",
      severity: "II",
    });
    expect(report.statusCode).toBe(201);
    const { ref, id } = report.json();
    await tick();
    const got = fake.received.slice(before);
    const wecom = got.filter((r) => r.service === "wecom");
    expect(wecom).toHaveLength(1);
    expect(wecom[0].json.markdown.content).toContain(ref);
    expect(wecom[0].json.markdown.content).toContain(`/incidents/${id}`);
    const sms = got.filter((r) => r.service === "sms").map((r) => r.json.mobile);
    // The duty teller, and the outlet head who is told of every report (SMS by default for Ⅰ–Ⅱ), once each.
    expect(sms).toEqual(expect.arrayContaining(["13800000101", "13900000202"]));
    expect(new Set(sms).size).toBe(sms.length);
    // What the reporter typed may name the customer: it never leaves the app.
    for (const r of got) expect(r.body).not.toMatch(/13912345678|王某某/);

    const deliveries = (await admin.get("/api/notify/deliveries?status=sent")).json().items;
    expect(deliveries.filter((d: { title: string }) => d.title.includes("突发事件"))).toHaveLength(
      got.length,
    );
    expect(deliveries[0]).toMatchObject({ attempts: 1, status: "sent" });
  });

  it("retries with back-off, marks the delivery dead after the last attempt, and an administrator retries it", async () => {
    const ot02 = await idOf(t, "unit", "OT02");
    const created = await admin.post("/api/notify/channels", {
      kind: "feishu",
      orgUnitId: ot02,
      name: "营业部二飞书群",
      config: { url: `${fake.base}/feishu/open-apis/bot/v2/hook/abcdefghijklmnopqrstuvwxyz`, secret: "fs" },
    });
    expect(created.statusCode).toBe(201);
    expect((await admin.get("/api/notify/channels")).body).not.toContain("abcdefghijklmnop");
    const channelId = created.json().id;
    fake.setFailRate("feishu", 1);
    const lobby = await t.as("lobby.ot02");
    expect(
      (await lobby.post("/api/incidents", { category: "crowd_surge", summary: "排队过长", severity: "III" }))
        .statusCode,
    ).toBe(201);
    const ours = async () =>
      (await admin.get("/api/notify/deliveries"))
        .json()
        .items.find((d: { channelId: number }) => d.channelId === channelId);

    await tick();
    expect(await ours()).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: expect.stringContaining("502"),
    });
    await tick(); // not due yet: the first retry waits 30 seconds
    expect((await ours()).attempts).toBe(1);
    for (let i = 0; i < 5; i++) {
      t.clock.advanceMinutes(61);
      await tick();
    }
    admin = await t.as("admin"); // the session idled out while the clock moved
    const dead = await ours();
    expect(dead).toMatchObject({ status: "dead", attempts: 6 });
    expect(dead.attemptLog).toHaveLength(6);

    expect((await (await t.as("head.ot02")).post(`/api/notify/deliveries/${dead.id}/retry`)).statusCode).toBe(
      403,
    );
    fake.setFailRate("feishu", 0);
    expect((await admin.post(`/api/notify/deliveries/${dead.id}/retry`)).statusCode).toBe(204);
    expect((await admin.post(`/api/notify/deliveries/${dead.id}/retry`)).statusCode).toBe(409);
    await tick();
    expect(await ours()).toMatchObject({ status: "sent", attempts: 1, idempotencyKey: dead.idempotencyKey });
  });

  it("shows the outbox on /metrics: attempts by channel and outcome, waiting deliveries, the oldest one's age", async () => {
    const token = "metrics-token-0123456789";
    const app = await buildApp({
      ...t.deps,
      config: { ...t.deps.config, metricsToken: token, personalDataKeys: keys },
    });
    try {
      const ot02 = await idOf(t, "unit", "OT02");
      await t.db.transaction().execute((trx) =>
        notify(
          trx,
          [],
          {
            key: "notify.incident_reported",
            outbound: {
              kind: "incident_minor",
              orgUnitId: ot02,
              unitName: "OT02",
              ref: "INC-M",
              subject: "x",
              drill: false,
              link: "/",
            },
          },
          t.clock.now(),
        ),
      );
      t.clock.advanceMinutes(2);
      const text = (await app.inject({ url: "/metrics", headers: { authorization: `Bearer ${token}` } }))
        .body;
      expect(text).toMatch(/bulwark_notify_attempts_total\{channel="feishu",outcome="dead"\} [1-9]/);
      expect(text).toMatch(/bulwark_notify_attempts_total\{channel="wecom",outcome="sent"\} [1-9]/);
      expect(text).toMatch(/bulwark_notify_deliveries\{channel="feishu",status="pending"\} 1/);
      expect(text).toMatch(/bulwark_notify_oldest_pending_seconds 120/);
      await t.deps.outbox.tick(t.clock.now());
    } finally {
      await app.close();
    }
  });

  it("sends a test message to a channel and says what the service answered", async () => {
    const channels = (await admin.get("/api/notify/channels")).json().items;
    const wecom = channels.find((c: { kind: string }) => c.kind === "wecom");
    const ok = await admin.post(`/api/notify/channels/${wecom.id}/test`, {});
    expect(ok.json()).toEqual({ ok: true, error: null });
    const sms = channels.find((c: { kind: string }) => c.kind === "sms");
    expect((await admin.post(`/api/notify/channels/${sms.id}/test`, {})).statusCode).toBe(400);
    expect(
      (await admin.post(`/api/notify/channels/${sms.id}/test`, { address: "13700000000" })).json().ok,
    ).toBe(true);
  });

  it("holds a level Ⅲ e-mail through the user's quiet hours, but not a level Ⅱ one", async () => {
    const mails: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, cb) {
        let data = "";
        stream.on("data", (c) => {
          data += c;
        });
        stream.on("end", () => {
          mails.push(data);
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    try {
      const port = (smtp.server.address() as AddressInfo).port;
      const email = { host: "127.0.0.1", port, from: "bulwark@bank.example" };
      expect(
        (
          await admin.post("/api/notify/channels", {
            kind: "email",
            orgUnitId: 1,
            name: "邮件",
            config: email,
          })
        ).statusCode,
      ).toBe(201);
      const head = await t.as("head.ot01");
      const prefs = {
        email: "head@bank.example",
        sms: ["incident_major"],
        emailKinds: ["incident_major", "incident_minor"],
        quietStart: "22:00",
        quietEnd: "07:00",
      };
      const bad = await head.request("PUT", "/api/notify/preferences", { ...prefs, quietStart: "25:00" });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain("quietStart");
      expect((await head.request("PUT", "/api/notify/preferences", prefs)).statusCode).toBe(200);
      expect((await head.get("/api/notify/preferences")).json()).toEqual(prefs);

      t.clock.current = new Date("2026-12-07T15:00:00Z"); // 23:00 in Shanghai, a Monday
      const lobby = await t.as("lobby.ot01");
      for (const severity of ["III", "II"]) {
        const res = await lobby.post("/api/incidents", {
          category: "crowd_surge",
          summary: "排队",
          severity,
        });
        expect(res.statusCode).toBe(201);
      }
      await tick();
      expect(mails).toHaveLength(1);
      expect(mails[0]).toContain("head@bank.example");
      t.clock.current = new Date("2026-12-07T23:00:00Z"); // 07:00 the next morning
      await tick();
      expect(mails).toHaveLength(2);
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
