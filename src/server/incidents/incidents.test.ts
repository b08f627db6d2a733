import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("incidents", (engine) => {
  let t: TestApp;
  let lobby: TestClient;
  let head: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  // Fresh sign-ins per test: the escalation test moves the clock past the session idle limit.
  beforeEach(async () => {
    lobby = await t.as("lobby.ot01");
    head = await t.as("head.ot01");
  });
  afterAll(() => t.close());

  const report = (client: TestClient, body: Record<string, unknown>) => client.post("/api/incidents", body);
  const inbox = async (username: string) => (await (await t.as(username)).get("/api/notifications")).json();

  it("a lobby manager reports a collapse in three taps and gets the playbook, life first, 120 on top", async () => {
    const res = await report(lobby, {
      category: "customer_illness_injury",
      summary: "老人在大厅晕倒",
      answers: { someone_hurt: true },
    });
    expect(res.statusCode).toBe(201);
    const inc = res.json();
    expect(inc.ref).toMatch(/^INC-\d{8}-\d{4}$/);
    expect(inc).toMatchObject({ status: "reported", severity: "III", orgUnitName: "人民路网点" });
    expect(new Date(inc.ackDueAt).getTime() - new Date(inc.reportedAt).getTime()).toBe(15 * 60_000);
    expect(inc.playbook.steps.map((s: { title: string }) => s.title)).toEqual([
      "搜集情况",
      "分析原因",
      "安抚客户",
      "应对处理",
      "后续跟踪",
    ]);
    expect(inc.playbook.steps[0].tasks[0]).toMatchObject({ role: "lobby_manager", done: false });
    expect(inc.playbook.principles[0].text).toContain("先保命后资金");
    expect(inc.contacts[0]).toMatchObject({ kind: "ambulance", phone: "120" });
    expect(inc.contacts[1]).toMatchObject({ kind: "sub_branch_duty", phone: "010-6200 0001" });
    // Last, whatever the category: the mobile of the reporting outlet's head.
    const outletHead = await t.db
      .selectFrom("users")
      .select("mobile_phone")
      .where("username", "=", "head.ot01")
      .executeTakeFirstOrThrow();
    expect(outletHead.mobile_phone).toBeTruthy();
    expect(inc.contacts.at(-1)).toEqual({
      kind: "outlet_head",
      label: expect.any(String),
      phone: outletHead.mobile_phone,
    });
    expect(inc.calming.length).toBeGreaterThan(0);
    // The 201 answer is built from what the report wrote; it must be what the room then shows.
    expect((await lobby.get(`/api/incidents/${inc.id}`)).json()).toEqual(inc);
    const headInbox = await inbox("head.ot01");
    expect(headInbox.unread).toBeGreaterThan(0);
    expect(headInbox.items[0].text).toContain("老人在大厅晕倒");
  });

  it("an unknown category, an empty summary or a non-boolean answer answers 400 naming the field, and nothing is written", async () => {
    const count = async () => (await t.db.selectFrom("incidents").select("id").execute()).length;
    const before = await count();
    for (const [body, field] of [
      [{ category: "alien_invasion", summary: "x" }, "category"],
      [{ category: "crowd_surge", summary: "" }, "summary"],
      [{ category: "crowd_surge", summary: "x", answers: { bank_run: "yes" } }, "answers.bank_run"],
      [{ category: "crowd_surge", summary: "x", severity: "IV" }, "severity"],
      [{ category: "crowd_surge", summary: "x", orgUnitId: await idOf(t, "unit", "SB01") }, "orgUnitId"],
    ] as const) {
      const res = await report(lobby, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    expect(await count()).toBe(before);
  });

  it("a level Ⅰ report notifies the sub-branch and branch management at once", async () => {
    const res = await report(lobby, {
      category: "crowd_surge",
      summary: "大量客户排队取款",
      answers: { bank_run: true },
    });
    expect(res.json()).toMatchObject({ severity: "I" });
    expect(res.json().severityReason).toContain("挤兑");
    const manager = await inbox("manager.sb01");
    expect(manager.items.some((n: { text: string }) => n.text.includes("大量客户排队取款"))).toBe(true);
  });

  it("the outlet head acknowledges, works the playbook and closes with a review; every step is on the timeline", async () => {
    const inc = (
      await report(lobby, {
        category: "customer_illness_injury",
        summary: "客户摔倒",
        answers: { someone_hurt: true },
      })
    ).json();
    const ack = await head.post(`/api/incidents/${inc.id}/transitions`, { action: "acknowledge" });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({ status: "acknowledged", overdue: false });
    expect(
      (await head.post(`/api/incidents/${inc.id}/transitions`, { action: "respond" })).json().status,
    ).toBe("responding");

    const tasks = ack
      .json()
      .playbook.steps.flatMap((s: { key: string; tasks: { id: number; role: string }[] }) =>
        s.tasks.map((task) => ({ ...task, step: s.key })),
      );
    const lobbyTask = tasks.find((x: { role: string }) => x.role === "lobby_manager");
    const refused = await head.post(`/api/incidents/${inc.id}/tasks/${lobbyTask.id}/done`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain("大堂经理");
    expect((await lobby.post(`/api/incidents/${inc.id}/tasks/${lobbyTask.id}/done`)).statusCode).toBe(200);

    expect(
      (await head.post(`/api/incidents/${inc.id}/transitions`, { action: "stabilise" })).json().status,
    ).toBe("stabilised");
    const early = await head.post(`/api/incidents/${inc.id}/transitions`, { action: "close" });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("incidents.follow_up_open");

    for (const task of tasks.filter((x: { step: string }) => x.step === "follow_up")) {
      const client = task.role === "lobby_manager" ? lobby : head;
      expect((await client.post(`/api/incidents/${inc.id}/tasks/${task.id}/done`)).statusCode).toBe(200);
    }
    expect(
      (await head.post(`/api/incidents/${inc.id}/transitions`, { action: "close" })).json().error.code,
    ).toBe("incidents.review_missing");
    const review = await head.post(`/api/incidents/${inc.id}/review`, {
      cause: "地面湿滑",
      helped: "大堂经理第一时间呼叫 120",
      wentWrong: "防滑标识不醒目",
      changes: "雨天入口加铺防滑垫",
      publish: true,
    });
    expect(review.statusCode).toBe(200);
    const closed = await head.post(`/api/incidents/${inc.id}/transitions`, { action: "close" });
    expect(closed.json()).toMatchObject({ status: "closed", allowedActions: [] });
    expect((await lobby.post(`/api/incidents/${inc.id}/notes`, { text: "补充" })).statusCode).toBe(409);

    const kinds = (await head.get(`/api/incidents/${inc.id}/timeline`))
      .json()
      .items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "reported",
        "acknowledge",
        "respond",
        "task_done",
        "stabilise",
        "review",
        "close",
      ]),
    );
    const audited = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", "incident")
      .where("entity_id", "=", String(inc.id))
      .execute();
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "incidents.report",
        "incidents.acknowledge",
        "incidents.close",
        "incidents.review",
      ]),
    );
  });

  it("a lobby manager cannot acknowledge; a level change needs a reason and is audited", async () => {
    const inc = (await report(lobby, { category: "queue_machine_failure", summary: "叫号机黑屏" })).json();
    const res = await lobby.post(`/api/incidents/${inc.id}/transitions`, { action: "acknowledge" });
    expect(res.statusCode).toBe(403);
    expect(
      (await head.post(`/api/incidents/${inc.id}/severity`, { severity: "II" })).json().error.field,
    ).toBe("reason");
    const changed = await head.post(`/api/incidents/${inc.id}/severity`, {
      severity: "II",
      reason: "客户开始聚集",
    });
    expect(changed.json()).toMatchObject({ severity: "II", severityReason: "客户开始聚集" });
    expect(new Date(changed.json().ackDueAt).getTime() - new Date(inc.reportedAt).getTime()).toBe(
      10 * 60_000,
    );
  });

  it("nobody acknowledges a level Ⅱ report: it escalates to the sub-branch, then the branch, exactly once each", async () => {
    const inc = (await report(lobby, { category: "system_failure", summary: "核心系统无法登录" })).json();
    expect(inc.severity).toBe("II");
    t.clock.advanceMinutes(9);
    await t.deps.scheduler.tick(t.clock.now());
    expect((await head.get(`/api/incidents/${inc.id}`)).json().escalationLevel).toBe(0);
    t.clock.advanceMinutes(2);
    await t.deps.scheduler.tick(t.clock.now());
    await t.deps.scheduler.tick(t.clock.now());
    const after = (await head.get(`/api/incidents/${inc.id}`)).json();
    expect(after).toMatchObject({ escalationLevel: 1, overdue: true });
    const manager = await inbox("manager.sb01");
    expect(manager.items.filter((n: { text: string }) => n.text.includes(inc.ref))).toHaveLength(1);
    expect(manager.items[0].text).toContain("升级");
    t.clock.advanceMinutes(11);
    await t.deps.scheduler.tick(t.clock.now());
    expect((await head.get(`/api/incidents/${inc.id}`)).json().escalationLevel).toBe(2);
    const events = (await head.get(`/api/incidents/${inc.id}/timeline`))
      .json()
      .items.filter((e: { kind: string }) => e.kind === "escalated");
    expect(events.map((e: { text: string }) => e.text)).toEqual([
      "超时未确认，已升级至 东城第一支行",
      "超时未确认，已升级至 东城分行",
    ]);
    // Acknowledging stops the climb (sessions idle out after 30 minutes, so the clock moves less than that).
    await head.post(`/api/incidents/${inc.id}/transitions`, { action: "acknowledge" });
    t.clock.advanceMinutes(25);
    await t.deps.scheduler.tick(t.clock.now());
    expect((await head.get(`/api/incidents/${inc.id}`)).json().escalationLevel).toBe(2);
  });

  it("the escalation notice says how long the report has waited, not what the policy says now", async () => {
    const admin = await t.as("admin");
    const policy = (await admin.get("/api/incidents/policy")).json();
    const put = async (body: unknown) =>
      expect((await admin.request("PUT", "/api/incidents/policy", body)).statusCode).toBe(200);
    // Reported under a three-minute deadline, which an administrator then lengthens again.
    await put({ ...policy, ackMinutes: { ...policy.ackMinutes, II: 3 } });
    const inc = (await report(lobby, { category: "system_failure", summary: "柜面系统全部无响应" })).json();
    await put(policy);
    t.clock.advanceMinutes(4);
    await t.deps.scheduler.tick(t.clock.now());
    const notices = (await inbox("manager.sb01")).items.filter((n: { text: string }) =>
      n.text.includes(inc.ref),
    );
    expect(notices.map((n: { text: string }) => n.text)).toContainEqual(
      expect.stringMatching(/【升级】.*超过 4 分钟无人确认/),
    );
  });

  it("OT02 staff get 404 for an OT01 incident; the sub-branch sees both on its board, most severe first", async () => {
    const inc = (await report(lobby, { category: "media_interview", summary: "有人在大厅直播" })).json();
    const other = await t.as("lobby.ot02");
    expect((await other.get(`/api/incidents/${inc.id}`)).statusCode).toBe(404);
    const note = await other.post(`/api/incidents/${inc.id}/notes`, { text: "x" });
    expect(note.statusCode, note.body).toBe(404);
    expect((await other.get("/api/incidents")).json().items).toEqual([]);
    await report(other, { category: "staff_safety", summary: "有人持刀", answers: { weapon: true } });
    const boardItems = (await (await t.as("manager.sb01")).get("/api/incidents/board")).json().items;
    const units = new Set(boardItems.map((i: { orgUnitName: string }) => i.orgUnitName));
    expect(units).toEqual(new Set(["人民路网点", "解放路网点"]));
    const ranks = boardItems.map((i: { severity: string }) => ({ I: 1, II: 2, III: 3 })[i.severity]);
    expect(ranks).toEqual([...ranks].sort());
  });

  it("lists filter by category and severity and page with a keyset cursor", async () => {
    const all = (await head.get("/api/incidents?limit=2")).json();
    expect(all.items).toHaveLength(2);
    const next = (await head.get(`/api/incidents?limit=2&cursor=${all.nextCursor}`)).json();
    expect(next.items[0].id).toBeLessThan(all.items[1].id);
    const crowd = (await head.get("/api/incidents?category=crowd_surge")).json().items;
    expect(crowd.every((i: { category: string }) => i.category === "crowd_surge")).toBe(true);
    expect((await head.get("/api/incidents?severity=V")).json().error.field).toBe("severity");
  });

  it("a drill is marked everywhere and says so in notifications", async () => {
    const inc = (
      await report(lobby, { category: "disaster_epidemic", summary: "防汛演练", drill: true })
    ).json();
    expect(inc.drill).toBe(true);
    const headInbox = await inbox("head.ot01");
    expect(headInbox.items[0].text.startsWith("【演练】")).toBe(true);
    const real = (await head.get("/api/incidents?drill=false")).json().items;
    expect(real.some((i: { id: number }) => i.id === inc.id)).toBe(false);
  });

  it("people take roles and hand them over; outsiders cannot be given one", async () => {
    const inc = (await report(lobby, { category: "group_visit", summary: "十余人占用座椅" })).json();
    const lobbyId = await idOf(t, "user", "lobby.ot01");
    const taken = await lobby.post(`/api/incidents/${inc.id}/roles`, { role: "on_scene", userId: lobbyId });
    expect(taken.json().roles).toEqual([expect.objectContaining({ role: "on_scene", userId: lobbyId })]);
    const headId = await idOf(t, "user", "head.ot01");
    const handed = await lobby.post(`/api/incidents/${inc.id}/roles`, { role: "on_scene", userId: headId });
    expect(handed.json().roles[0].userId).toBe(headId);
    const outsider = await head.post(`/api/incidents/${inc.id}/roles`, {
      role: "commander",
      userId: await idOf(t, "user", "lobby.ot04"),
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.field).toBe("userId");
    const manager = await head.post(`/api/incidents/${inc.id}/roles`, {
      role: "commander",
      userId: await idOf(t, "user", "manager.sb01"),
    });
    expect(manager.statusCode).toBe(200);
  });

  it("a board of more than 500 open incidents keeps the most severe ones", async () => {
    const queue = (await report(lobby, { category: "queue_machine_failure", summary: "叫号机故障" })).json();
    const row = await t.db
      .selectFrom("incidents")
      .selectAll()
      .where("id", "=", queue.id)
      .executeTakeFirstOrThrow();
    const { id: _, ...copy } = row;
    await t.db
      .insertInto("incidents")
      .values(Array.from({ length: 500 }, (_, i) => ({ ...copy, ref: `${row.ref}-${i}` })))
      .execute();
    // At the second outlet, so that the open-incidents index lists it after the first outlet's 501.
    const other = await t.as("lobby.ot02");
    const run = (
      await report(other, { category: "crowd_surge", summary: "挤兑", answers: { bank_run: true } })
    ).json();
    expect(run.severity).toBe("I");
    const items = (await (await t.as("manager.sb01")).get("/api/incidents/board")).json().items;
    expect(items).toHaveLength(500);
    expect(items.map((i: { id: number }) => i.id)).toContain(run.id);
    await t.db.updateTable("incidents").set({ status: "closed" }).where("status", "<>", "closed").execute();
  });
});
