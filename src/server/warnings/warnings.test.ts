import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import type { Warning } from "../../domain/warnings/schema.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

describeEachEngine("early warnings", (engine) => {
  let t: TestApp;
  let lobby: TestClient;
  let head: TestClient;
  let headOt02: TestClient;
  let manager: TestClient;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    lobby = await t.as("lobby.ot01");
    head = await t.as("head.ot01");
    headOt02 = await t.as("head.ot02");
    manager = await t.as("manager.sb01");
    admin = await t.as("admin");
  });
  afterAll(() => t.close());

  /** The next evaluation on the shared scheduler. */
  async function tick() {
    t.clock.advanceMinutes(t.deps.config.warningIntervalSeconds / 60 + 1);
    await t.deps.scheduler.tick(t.clock.now());
  }
  const open = async (client: TestClient) => (await client.get("/api/warnings")).json().items as Warning[];
  const inboxOf = async (client: TestClient) =>
    ((await client.get("/api/notifications")).json().items as { link: string; text: string }[]).filter((n) =>
      n.link?.startsWith("/warnings/"),
    );
  const auditCount = async (action: string) =>
    Number(
      (
        await t.db
          .selectFrom("audit_log")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("action", "=", action)
          .executeTakeFirstOrThrow()
      ).n,
    );

  let spikeId: number;

  it("a burst of complaints at a quiet outlet warns at the next tick, once, and management is told", async () => {
    for (const name of ["王一", "王二", "王三", "王四"]) {
      const body = complaintBody({ receivedAt: t.clock.now().toISOString(), complainant: { name } });
      expect((await lobby.post("/api/complaints", body)).statusCode).toBe(201);
    }
    expect(await open(manager)).toEqual([]);
    await tick();
    const spikes = (await open(manager)).filter((w) => w.rule === "complaint_spike_outlet");
    expect(spikes).toHaveLength(1);
    expect(spikes[0]).toMatchObject({
      orgUnit: { code: "OT01" },
      status: "open",
      level: "red",
      facts: { period: "day" },
      incidentCategory: "complaint_conflict",
    });
    spikeId = spikes[0].id;
    const category = (await open(manager)).find((w) => w.rule === "complaint_spike_category");
    expect(category).toMatchObject({ orgUnit: { code: "SB01" }, facts: { category: "自营理财（10）" } });
    const raised = await auditCount("warnings.raise");
    expect(raised).toBe((await open(admin)).length);
    const told = await inboxOf(manager);
    expect(told.map((n) => n.link)).toContain(`/warnings/${spikeId}`);
    expect(told.find((n) => n.link === `/warnings/${spikeId}`)?.text).toContain("红色预警");

    await tick();
    expect((await open(manager)).filter((w) => w.rule === "complaint_spike_outlet")).toHaveLength(1);
    expect(await inboxOf(manager)).toHaveLength(told.length);
    expect(await auditCount("warnings.raise")).toBe(raised);
  });

  it("another outlet's head does not see it; a teller may not act on it", async () => {
    expect(await open(headOt02)).toEqual([]);
    expect((await headOt02.get(`/api/warnings/${spikeId}`)).statusCode).toBe(404);
    expect((await lobby.post(`/api/warnings/${spikeId}/acknowledge`)).statusCode).toBe(403);
  });

  it("the outlet head acknowledges and lifts it with a reason; lifted, it does not warn again while it lasts", async () => {
    const ack = await head.post(`/api/warnings/${spikeId}/acknowledge`);
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ status: "acknowledged", acknowledgedBy: "网点负责人 张伟" });
    expect((await head.post(`/api/warnings/${spikeId}/acknowledge`)).statusCode).toBe(409);

    const noReason = await head.post(`/api/warnings/${spikeId}/lift`, { reason: "" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe("reason");
    expect((await head.get(`/api/warnings/${spikeId}`)).json().status).toBe("acknowledged");

    const lifted = await head.post(`/api/warnings/${spikeId}/lift`, {
      reason: "已逐一回访，系同一批理财到期咨询",
    });
    expect(lifted.json()).toMatchObject({ status: "lifted", liftReason: "已逐一回访，系同一批理财到期咨询" });
    expect((await open(manager)).map((w) => w.id)).not.toContain(spikeId);
    expect(
      (await manager.get("/api/warnings?all=true")).json().items.map((w: { id: number }) => w.id),
    ).toContain(spikeId);
    expect(await auditCount("warnings.lift")).toBe(1);

    await tick();
    expect((await open(manager)).filter((w) => w.rule === "complaint_spike_outlet")).toEqual([]);
  });

  let token: string;
  let sourceId: number;

  it("an administrator creates a signal source; its token is shown once and pushes figures", async () => {
    expect((await manager.post("/api/warnings/sources", { name: "排队叫号系统" })).statusCode).toBe(403);
    const created = await admin.post("/api/warnings/sources", { name: "排队叫号系统" });
    expect(created.statusCode, created.body).toBe(201);
    ({ token, id: sourceId } = created.json());
    expect(token.length).toBeGreaterThan(30);
    expect((await admin.get("/api/warnings/sources")).body).not.toContain(token);
    expect(await auditCount("warnings.source_create")).toBe(1);
  });

  const push = (body: object, bearer = token) =>
    t.app.inject({
      method: "POST",
      url: "/api/warnings/signals",
      headers: { authorization: `Bearer ${bearer}` },
      payload: body,
    });

  it("a wrong token is refused with 401, an unknown outlet with a 400 naming it", async () => {
    const reading = { outletCode: "OT02", kind: "queue_length", value: 70, at: t.clock.now().toISOString() };
    expect((await push(reading, "not-a-token")).statusCode).toBe(401);
    // The refused push is on record, with what it was about and never the token sent.
    expect(await auditCount("warnings.signal_refused")).toBe(1);
    const entry = await t.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "warnings.signal_refused")
      .executeTakeFirstOrThrow();
    expect(entry.after_json).toContain("OT02");
    expect(entry.after_json).not.toContain("not-a-token");
    const noHeader = await t.app.inject({ method: "POST", url: "/api/warnings/signals", payload: reading });
    expect(noHeader.statusCode).toBe(403);
    const unknown = await push({ ...reading, outletCode: "NOPE" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe("outletCode");
    const bad = await push({ ...reading, value: -1 });
    expect(bad.statusCode).toBe(400);
  });

  it("a long queue warns at the outlet; the episode ends once the queue has gone, and a new one warns again", async () => {
    const res = await push({
      outletCode: "OT02",
      kind: "queue_length",
      value: 70,
      at: t.clock.now().toISOString(),
    });
    expect(res.statusCode, res.body).toBe(201);
    await tick();
    const queue = (await open(headOt02)).filter((w) => w.rule === "queue_pressure");
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({
      level: "red",
      orgUnit: { code: "OT02" },
      incidentCategory: "crowd_surge",
    });

    // The reading grows old, and the lobby stays calm for longer than the quiet time.
    for (let i = 0; i < 16; i++) await tick();
    // Hours have passed: the demo users sign in again.
    headOt02 = await t.as("head.ot02");
    admin = await t.as("admin");
    manager = await t.as("manager.sb01");
    const ended = (await headOt02.get(`/api/warnings/${queue[0].id}`)).json();
    expect(ended.endedAt).not.toBeNull();
    expect(ended.status).toBe("open");

    await push({ outletCode: "OT02", kind: "wait_minutes", value: 45, at: t.clock.now().toISOString() });
    await tick();
    const again = (await open(headOt02)).filter((w) => w.rule === "queue_pressure");
    expect(again).toHaveLength(2);
    expect(again[0]).toMatchObject({ level: "yellow", endedAt: null });
  });

  it("a revoked token is refused from then on", async () => {
    expect((await admin.request("DELETE", `/api/warnings/sources/${sourceId}`)).statusCode).toBe(200);
    const res = await push({
      outletCode: "OT02",
      kind: "queue_length",
      value: 1,
      at: t.clock.now().toISOString(),
    });
    expect(res.statusCode).toBe(401);
    expect(await auditCount("warnings.signal_refused")).toBe(2);
    expect((await admin.request("DELETE", `/api/warnings/sources/${sourceId}`)).statusCode).toBe(404);
  });

  it("administrators tune a rule after a backtest over the real records; bad thresholds name the field", async () => {
    const strict = { enabled: true, thresholds: { pValue: 0.0005, minCount: 10 } };
    expect(
      (await manager.post("/api/warnings/rules/complaint_spike_outlet/backtest", strict)).statusCode,
    ).toBe(403);
    const loose = await admin.post("/api/warnings/rules/complaint_spike_outlet/backtest", {
      enabled: true,
      thresholds: { pValue: 0.0005, minCount: 3 },
    });
    expect(loose.statusCode, loose.body).toBe(200);
    expect(loose.json()).toMatchObject({ days: 90, warnings: 1, units: 1 });
    expect(
      (await admin.post("/api/warnings/rules/complaint_spike_outlet/backtest", strict)).json().warnings,
    ).toBe(0);

    const bad = await admin.request("PUT", "/api/warnings/rules/complaint_spike_outlet", {
      enabled: true,
      thresholds: { pValue: 2, minCount: 3 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("thresholds.pValue");

    const saved = await admin.request("PUT", "/api/warnings/rules/complaint_spike_outlet", strict);
    expect(saved.statusCode, saved.body).toBe(200);
    const rules = (await admin.get("/api/warnings/rules")).json().items;
    expect(rules.find((r: { rule: string }) => r.rule === "complaint_spike_outlet")).toMatchObject(strict);
    expect(await auditCount("warnings.rule_update")).toBe(1);
  });

  it("an elderly customer's complaint warns yellow, and the same person's third complaint warns as a repeat", async () => {
    const lobby2 = await t.as("lobby.ot02");
    headOt02 = await t.as("head.ot02");
    const person = { name: "赵大爷", phone: "13700001111" };
    const register = (over: object) =>
      lobby2.post(
        "/api/complaints",
        complaintBody({ receivedAt: t.clock.now().toISOString(), complainant: person, ...over }),
      );
    expect((await register({ sensitiveTags: ["elderly"] })).statusCode).toBe(201);
    expect((await register({ businessCategory: "03", cause: "07" })).statusCode).toBe(201);
    await tick();
    const atOt02 = async () =>
      (await open(headOt02)).filter((w) => w.orgUnit.code === "OT02" && w.rule !== "queue_pressure");
    expect((await atOt02()).map((w) => [w.rule, w.level])).toEqual([["sensitive_complaint", "yellow"]]);
    expect((await atOt02())[0].facts).toMatchObject({ reasons: "elderly" });

    expect((await register({ businessCategory: "01", cause: "01" })).statusCode).toBe(201);
    await tick();
    const repeat = (await atOt02()).find((w) => w.rule === "repeat_complainant");
    expect(repeat).toMatchObject({ level: "yellow", facts: { count: 3, toRegulator: false } });
    // The warning names no one: the person is a hash, never the name, phone or ID number.
    const stored = await t.db.selectFrom("warnings").select(["subject_key", "facts_json"]).execute();
    expect(JSON.stringify(stored)).not.toMatch(/赵大爷|13700001111/);
  });

  it("a repeat window set wider than thirteen weeks counts the person's complaints over all of it", async () => {
    // Sessions lapse as the clock runs through the ticks above.
    [lobby, admin, manager] = await Promise.all([t.as("lobby.ot01"), t.as("admin"), t.as("manager.sb01")]);
    const half = { enabled: true, thresholds: { windowDays: 180, minCount: 3 } };
    expect((await admin.request("PUT", "/api/warnings/rules/repeat_complainant", half)).statusCode).toBe(200);
    const person = { name: "钱女士", phone: "13900002222" };
    const ids: number[] = [];
    for (const _ of [1, 2, 3]) {
      const body = complaintBody({ receivedAt: t.clock.now().toISOString(), complainant: person });
      const created = await lobby.post("/api/complaints", body);
      expect(created.statusCode).toBe(201);
      ids.push(created.json().id);
    }
    // Two of them came months ago, further back than the spike baselines reach.
    for (const [id, days] of [
      [ids[0], 150],
      [ids[1], 120],
    ]) {
      const at = new Date(t.clock.now().getTime() - days * 86_400_000).toISOString();
      await t.db.updateTable("complaints").set({ received_at: at }).where("id", "=", id).execute();
    }
    await tick();
    const repeats = (await open(manager)).filter(
      (w) => w.rule === "repeat_complainant" && w.orgUnit.code === "OT01",
    );
    expect(repeats).toHaveLength(1);
    expect(repeats[0].facts).toMatchObject({ count: 3, windowDays: 180 });
  });

  it("mentions of an outlet online growing fast warn at the next tick, once; the backtest counts them", async () => {
    const { token } = (await admin.post("/api/opinion/sources", { kind: "api", name: "舆情服务商" })).json();
    const push = (n: number) =>
      t.app.inject({
        method: "POST",
        url: "/api/opinion/mentions",
        headers: { authorization: `Bearer ${token}` },
        payload: {
          url: `https://forum.example/t/${n}`,
          title: `帖子 ${n}`,
          text: "解放路网点今天排了好长的队",
          publishedAt: t.clock.now().toISOString(),
        },
      });
    const surges = async () => (await open(headOt02)).filter((w) => w.rule === "mention_surge");
    for (const n of [1, 2]) expect((await push(n)).statusCode).toBe(201);
    await tick();
    // Two mentions in an hour of a quiet outlet are not yet unusual.
    expect(await surges()).toEqual([]);

    for (const n of [3, 4, 5]) expect((await push(n)).statusCode).toBe(201);
    await tick();
    const [surge] = await surges();
    expect(surge).toMatchObject({ orgUnit: { code: "OT02" }, status: "open", facts: { period: "hour" } });
    expect(surge.facts.count).toBeGreaterThanOrEqual(3);
    expect((await inboxOf(headOt02)).some((n) => n.link === `/warnings/${surge.id}`)).toBe(
      surge.level !== "blue",
    );
    await tick();
    expect(await surges()).toHaveLength(1);

    admin = await t.as("admin");
    const tested = await admin.post("/api/warnings/rules/mention_surge/backtest", {
      enabled: true,
      thresholds: { pValue: 0.0005, minCount: 3 },
    });
    expect(tested.statusCode, tested.body).toBe(200);
    expect(tested.json()).toMatchObject({ days: 90, warnings: 1, units: 1 });
    const strict = await admin.post("/api/warnings/rules/mention_surge/backtest", {
      enabled: true,
      thresholds: { pValue: 0.0005, minCount: 20 },
    });
    expect(strict.json().warnings).toBe(0);
  });
});
