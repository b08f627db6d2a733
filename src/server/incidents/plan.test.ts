import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

type Task = {
  id: number;
  role: string;
  text: string;
  done: boolean;
  doneBy: string | null;
  note: string | null;
  assignedTo: { id: number; name: string } | null;
};
const tasksOf = (inc: { playbook: { steps: { tasks: Task[] }[] } }) =>
  inc.playbook.steps.flatMap((s) => s.tasks);

describeEachEngine("incidents: who is told, the final report, the commander's plan", (engine) => {
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

  const report = async (body: Record<string, unknown>) => {
    const res = await lobby.post("/api/incidents", body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const inbox = async (username: string) =>
    (await (await t.as(username)).get("/api/notifications")).json().items as { text: string; link: string }[];

  it("a level Ⅲ report reaches the outlet head and the sub-branch at once, not the branch", async () => {
    const inc = await report({ category: "queue_machine_failure", summary: "叫号机黑屏三号" });
    expect(inc.severity).toBe("III");
    for (const user of ["head.ot01", "manager.sb01"])
      expect(
        (await inbox(user)).some((n) => n.text.includes("叫号机黑屏三号")),
        user,
      ).toBe(true);
    expect((await inbox("manager.br01")).some((n) => n.text.includes("叫号机黑屏三号"))).toBe(false);
  });

  it("a sent report is in the inbox of the unit it goes to, linking to its printable page", async () => {
    const inc = await report({ category: "complaint_conflict", summary: "客户拍桌子要求赔偿" });
    const draft = (await head.get(`/api/incidents/${inc.id}/reports`)).json().draft;
    const sent = await head.post(`/api/incidents/${inc.id}/reports`, { stage: "initial", fields: draft });
    expect(sent.statusCode).toBe(201);
    const reportId = sent.json().sent[0].id;
    const notice = (await inbox("manager.sb01")).find(
      (n) => n.text.includes(inc.ref) && n.text.includes("初报"),
    );
    expect(notice).toMatchObject({ link: `/incidents/${inc.id}/reports/${reportId}/print` });
    // Level Ⅲ goes to the sub-branch only.
    expect((await inbox("manager.br01")).some((n) => n.text.includes(inc.ref))).toBe(false);
  });

  it("a level Ⅱ incident cannot close before its final report; with it, it can", async () => {
    const inc = await report({ category: "system_failure", summary: "核心系统中断" });
    expect(inc.severity).toBe("II");
    for (const action of ["acknowledge", "respond", "stabilise"])
      await head.post(`/api/incidents/${inc.id}/transitions`, { action });
    // The commander finishes the follow-up step for everyone, so only the report and review are left.
    for (const task of tasksOf((await head.get(`/api/incidents/${inc.id}`)).json()).filter((x) => !x.done))
      expect((await head.post(`/api/incidents/${inc.id}/tasks/${task.id}/complete`, {})).statusCode).toBe(
        200,
      );
    await head.post(`/api/incidents/${inc.id}/review`, { cause: "机房断电" });
    const refused = await head.post(`/api/incidents/${inc.id}/transitions`, { action: "close" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: "incidents.final_report_missing" });
    expect(refused.json().error.message).toContain("终报");
    expect((await head.get(`/api/incidents/${inc.id}`)).json().status).toBe("stabilised");

    const before = (await head.get(`/api/incidents/${inc.id}/reports`)).json();
    expect(before.finalRequired).toBe(true);
    const draft = before.draft;
    await head.post(`/api/incidents/${inc.id}/reports`, { stage: "initial", fields: draft });
    const final = await head.post(`/api/incidents/${inc.id}/reports`, { stage: "final", fields: draft });
    expect(final.json().finalRequired).toBe(false);
    const closed = await head.post(`/api/incidents/${inc.id}/transitions`, { action: "close" });
    expect(closed.json().status).toBe("closed");
  });

  it("the commander completes another role's task with a note, or hands it over; the timeline says for whom", async () => {
    const inc = await report({
      category: "customer_illness_injury",
      summary: "客户在柜台前摔倒",
      answers: { someone_hurt: true },
    });
    const lobbyTasks = tasksOf(inc).filter((x) => x.role === "lobby_manager");
    const [first, second] = lobbyTasks;

    // A teller may not complete the lobby manager's task; the outlet head, commanding, may.
    const teller = await t.as("teller.ot01");
    const refused = await teller.post(`/api/incidents/${inc.id}/tasks/${first.id}/complete`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("incidents.task_not_yours");
    const done = await head.post(`/api/incidents/${inc.id}/tasks/${first.id}/complete`, { note: "已叫 120" });
    expect(done.statusCode).toBe(200);
    expect(tasksOf(done.json()).find((x) => x.id === first.id)).toMatchObject({
      done: true,
      doneBy: "网点负责人 张伟",
      note: "已叫 120",
    });

    // Handed to the teller, the task is the teller's to complete.
    const tellerId = await idOf(t, "user", "teller.ot01");
    expect(
      (await lobby.post(`/api/incidents/${inc.id}/tasks/${second.id}/assignee`, { userId: tellerId }))
        .statusCode,
    ).toBe(403);
    const handed = await head.post(`/api/incidents/${inc.id}/tasks/${second.id}/assignee`, {
      userId: tellerId,
    });
    expect(tasksOf(handed.json()).find((x) => x.id === second.id)?.assignedTo).toEqual({
      id: tellerId,
      name: "柜员 陈晨",
    });
    expect((await inbox("teller.ot01")).some((n) => n.text.includes(inc.ref))).toBe(true);
    const outsider = await head.post(`/api/incidents/${inc.id}/tasks/${second.id}/assignee`, {
      userId: await idOf(t, "user", "lobby.ot04"),
    });
    expect(outsider.json().error.field).toBe("userId");
    expect((await teller.post(`/api/incidents/${inc.id}/tasks/${second.id}/complete`, {})).statusCode).toBe(
      200,
    );

    const texts = (await head.get(`/api/incidents/${inc.id}/timeline`))
      .json()
      .items.map((e: { text: string }) => e.text);
    expect(texts).toContainEqual(
      expect.stringMatching(/^网点负责人 张伟 代大堂经理完成任务：.*（已叫 120）$/),
    );
    expect(texts).toContainEqual(expect.stringContaining("网点负责人 张伟 将任务交给 柜员 陈晨"));
    const audited = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", String(inc.id))
      .where("action", "in", ["incidents.task_done", "incidents.task_hand_over"])
      .execute();
    expect(audited).toHaveLength(3);
  });

  it("the commander changes the category: done tasks stay, the new ones come, the deadline follows the level", async () => {
    const inc = await report({
      category: "complaint_conflict",
      summary: "客户掏出水果刀",
      answers: { weapon: true },
    });
    expect(inc).toMatchObject({ severity: "II", betterCategory: "staff_safety" });
    const separate = tasksOf(inc).find((x) => x.text.includes("洽谈室"));
    expect(separate).toBeDefined();
    await lobby.post(`/api/incidents/${inc.id}/tasks/${separate?.id}/done`);

    const noReason = await head.post(`/api/incidents/${inc.id}/category`, { category: "staff_safety" });
    expect(noReason.json().error.field).toBe("reason");
    expect(
      (
        await lobby.post(`/api/incidents/${inc.id}/category`, { category: "staff_safety", reason: "有刀" })
      ).json().error.code,
    ).toBe("incidents.commander_only");
    const changed = await head.post(`/api/incidents/${inc.id}/category`, {
      category: "staff_safety",
      reason: "客户持刀威胁柜员",
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = changed.json();
    expect(after).toMatchObject({ category: "staff_safety", severity: "II", betterCategory: null });
    const tasks = tasksOf(after);
    expect(tasks.find((x) => x.id === separate?.id)).toMatchObject({ done: true });
    expect(tasks.some((x) => x.text.includes("心理疏导"))).toBe(true);
    expect(tasks.some((x) => x.text.includes("肢体冲突"))).toBe(false);
    const timeline = (await head.get(`/api/incidents/${inc.id}/timeline`)).json().items;
    expect(timeline.at(-1).text).toContain("客户持刀威胁柜员");

    // A level change through the category moves an unacknowledged report's deadline.
    const queue = await report({ category: "queue_machine_failure", summary: "叫号机死机" });
    const raised = (
      await head.post(`/api/incidents/${queue.id}/category`, {
        category: "system_failure",
        reason: "整个系统都停了",
      })
    ).json();
    expect(raised.severity).toBe("II");
    expect(new Date(raised.ackDueAt).getTime() - new Date(queue.reportedAt).getTime()).toBe(10 * 60_000);
    const audited = await t.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "incidents.category_change")
      .where("entity_id", "=", String(queue.id))
      .executeTakeFirst();
    expect(audited).toBeDefined();
  });

  it("a disaster is chased once, then asks for a daily update", async () => {
    const inc = await report({ category: "disaster_epidemic", summary: "暴雨积水漫进大厅" });
    t.clock.advanceMinutes(11);
    await t.deps.scheduler.tick(t.clock.now());
    t.clock.advanceMinutes(11);
    await t.deps.scheduler.tick(t.clock.now());
    expect((await head.get(`/api/incidents/${inc.id}`)).json().escalationLevel).toBe(1);
    head = await t.as("head.ot01");
    await head.post(`/api/incidents/${inc.id}/transitions`, { action: "acknowledge" });
    for (let hours = 0; hours < 24; hours += 0.4) {
      t.clock.advanceMinutes(24);
      await t.deps.scheduler.tick(t.clock.now());
    }
    expect(
      (await inbox("manager.sb01")).some((n) => n.text.includes(inc.ref) && n.text.includes("续报")),
    ).toBe(true);
  });
});
