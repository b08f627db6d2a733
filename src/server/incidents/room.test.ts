import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { multipart, tinyPng } from "../../../test/uploads.ts";

describeEachEngine("incident room: reports, photos, policy, drills, figures", (engine) => {
  let t: TestApp;
  let lobby: TestClient;
  let head: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  beforeEach(async () => {
    lobby = await t.as("lobby.ot01");
    head = await t.as("head.ot01");
  });
  afterAll(() => t.close());

  const report = async (body: Record<string, unknown>) => (await lobby.post("/api/incidents", body)).json();

  it("the initial report is drafted from the incident, sent, frozen, and followed by follow-ups and one final", async () => {
    const inc = await report({
      category: "crowd_surge",
      summary: "排队人数激增",
      answers: { crowd_large: true },
    });
    const before = (await head.get(`/api/incidents/${inc.id}/reports`)).json();
    expect(before.sent).toEqual([]);
    expect(before.draft).toMatchObject({
      place: "东城分行 东城第一支行 人民路网点",
      peopleInvolved: "超过 20 人",
    });
    expect(before.draft.nature).toContain("网点客流激增");
    // Over 20 people makes it level Ⅱ in every category: the initial report is due within the hour.
    expect(new Date(before.initialDueAt).getTime() - new Date(inc.reportedAt).getTime()).toBe(60 * 60_000);

    const followFirst = await head.post(`/api/incidents/${inc.id}/reports`, {
      stage: "follow_up",
      fields: before.draft,
    });
    expect(followFirst.statusCode).toBe(409);
    expect(followFirst.json().error.code).toBe("incidents.report_initial_first");
    const missingPlace = await head.post(`/api/incidents/${inc.id}/reports`, {
      stage: "initial",
      fields: { ...before.draft, place: "" },
    });
    expect(missingPlace.statusCode).toBe(400);
    expect(missingPlace.json().error.field).toBe("fields");
    expect(
      (await lobby.post(`/api/incidents/${inc.id}/reports`, { stage: "initial", fields: before.draft }))
        .statusCode,
    ).toBe(403);

    const sent = await head.post(`/api/incidents/${inc.id}/reports`, {
      stage: "initial",
      fields: { ...before.draft, measures: "增开两个窗口" },
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().sent[0]).toMatchObject({
      stage: "initial",
      stageLabel: "初报",
      sentBy: "网点负责人 张伟",
    });
    expect(sent.json().draft.measures).toBe("增开两个窗口");
    expect(
      (await head.post(`/api/incidents/${inc.id}/reports`, { stage: "initial", fields: before.draft }))
        .statusCode,
    ).toBe(409);
    expect(
      (await head.post(`/api/incidents/${inc.id}/reports`, { stage: "follow_up", fields: before.draft }))
        .statusCode,
    ).toBe(201);
    expect(
      (await head.post(`/api/incidents/${inc.id}/reports`, { stage: "final", fields: before.draft }))
        .statusCode,
    ).toBe(201);
    expect(
      (await head.post(`/api/incidents/${inc.id}/reports`, { stage: "follow_up", fields: before.draft }))
        .statusCode,
    ).toBe(409);
  });

  it("an overdue initial report reminds the outlet head and the sub-branch; a sent one does not", async () => {
    const late = await report({ category: "system_failure", summary: "系统卡顿" });
    const onTime = await report({ category: "system_failure", summary: "打印机故障" });
    const draft = (await head.get(`/api/incidents/${onTime.id}/reports`)).json().draft;
    await head.post(`/api/incidents/${onTime.id}/reports`, { stage: "initial", fields: draft });
    // Acknowledge both so that only the report reminder is in play, then let the 60 minutes of Ⅱ pass.
    for (const id of [late.id, onTime.id])
      await head.post(`/api/incidents/${id}/transitions`, { action: "acknowledge" });
    t.clock.advanceMinutes(25);
    head = await t.as("head.ot01");
    t.clock.advanceMinutes(25);
    head = await t.as("head.ot01");
    t.clock.advanceMinutes(11);
    await t.deps.scheduler.tick(t.clock.now());
    const texts = (await (await t.as("manager.sb01")).get("/api/notifications"))
      .json()
      .items.map((n: { text: string }) => n.text);
    const reminders = texts.filter((x: string) => x.includes("初报已超过时限"));
    expect(reminders.filter((x: string) => x.includes(late.ref))).toHaveLength(1);
    expect(reminders.some((x: string) => x.includes(onTime.ref))).toBe(false);
  });

  it("a scene photo is accepted only when its bytes are an image, and is served back to the subtree only", async () => {
    const inc = await report({ category: "complaint_conflict", summary: "客户拍桌子" });
    const png = multipart("现场.png", tinyPng(), "image/png");
    const ok = await lobby.request("POST", `/api/incidents/${inc.id}/photos`, png.body, png.contentType);
    expect(ok.statusCode, ok.body).toBe(201);
    const fake = multipart("evil.png", Buffer.from("<script>alert(1)</script>"), "image/png");
    const refused = await lobby.request(
      "POST",
      `/api/incidents/${inc.id}/photos`,
      fake.body,
      fake.contentType,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ field: "file", code: "incidents.photo_type" });
    const list = (await head.get(`/api/incidents/${inc.id}/photos`)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ mime: "image/png", fileName: "现场.png" });
    const image = await head.get(`/api/incidents/${inc.id}/photos/${list[0].id}`);
    expect(image.headers["content-type"]).toBe("image/png");
    expect(image.rawPayload.equals(tinyPng())).toBe(true);
    expect(
      (await (await t.as("lobby.ot02")).get(`/api/incidents/${inc.id}/photos/${list[0].id}`)).statusCode,
    ).toBe(404);
  });

  it("an administrator sets deadlines, base levels and switches a category off; the report page follows", async () => {
    const admin = await t.as("admin");
    const policy = (await admin.get("/api/incidents/policy")).json();
    const changed = {
      ...policy,
      ackMinutes: { ...policy.ackMinutes, III: 20 },
      baseSeverity: { ...policy.baseSeverity, queue_machine_failure: "II" },
      disabledCategories: ["media_interview"],
    };
    expect((await head.request("PUT", "/api/incidents/policy", changed)).statusCode).toBe(403);
    const bad = await admin.request("PUT", "/api/incidents/policy", {
      ...changed,
      ackMinutes: { I: 0, II: 10, III: 20 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("ackMinutes.I");
    expect((await admin.request("PUT", "/api/incidents/policy", changed)).statusCode).toBe(200);

    const catalogue = (await lobby.get("/api/incidents/catalogue")).json();
    expect(catalogue.categories.map((c: { code: string }) => c.code)).not.toContain("media_interview");
    const off = await lobby.post("/api/incidents", { category: "media_interview", summary: "记者来访" });
    expect(off.json().error).toMatchObject({ field: "category", code: "incidents.category_disabled" });
    const queue = await report({ category: "queue_machine_failure", summary: "叫号机死机" });
    expect(queue.severity).toBe("II");
    const crowd = await report({ category: "crowd_surge", summary: "人多" });
    expect(new Date(crowd.ackDueAt).getTime() - new Date(crowd.reportedAt).getTime()).toBe(20 * 60_000);
    const audited = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "incidents.policy_update")
      .execute();
    expect(audited).toHaveLength(1);
    await admin.request("PUT", "/api/incidents/policy", policy);
  });

  it("drills fill the outlet's drill calendar and stay out of the figures", async () => {
    await report({ category: "customer_illness_injury", summary: "急救演练", drill: true });
    const year = Number(
      new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(t.clock.now()),
    );
    const calendar = (await head.get(`/api/incidents/drills?year=${year}`)).json();
    const ot01 = calendar.outlets.find((o: { code: string }) => o.code === "OT01");
    expect(
      ot01.categories.find((c: { category: string }) => c.category === "customer_illness_injury").lastDrillAt,
    ).not.toBeNull();
    expect(ot01.due).not.toContain("customer_illness_injury");
    expect(ot01.due).toContain("staff_safety");

    const real = await report({ category: "customer_illness_injury", summary: "客户头晕" });
    t.clock.advanceMinutes(4);
    await head.post(`/api/incidents/${real.id}/transitions`, { action: "acknowledge" });
    const from = new Date(t.clock.now().getTime() - 86_400_000).toISOString();
    const to = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    const figures = (await head.get(`/api/incidents/figures?from=${from}&to=${to}`)).json().items;
    const illness = figures.find((f: { category: string }) => f.category === "customer_illness_injury");
    expect(illness).toMatchObject({ orgUnitName: "人民路网点", count: 1, avgMinutesToAcknowledge: 4 });
  });
});
