import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { defaultPlaybook } from "../../domain/incidents/answers.ts";
import { CATEGORY_CODES } from "../../domain/incidents/categories.ts";

interface Incident {
  id: number;
  severity: string;
  calming: string[];
  playbook: { steps: { tasks: { text: string }[] }[] };
}
const taskTexts = (inc: Incident) => inc.playbook.steps.flatMap((s) => s.tasks.map((t) => t.text));

const NEW_TASK = {
  key: "hurt.family_call",
  step: "respond",
  role: "lobby_manager",
  text: {
    zh: "联系受伤客户的家属，告知就医去向",
    en: "Call the hurt customer's family and say where they are taken",
  },
};
const NEW_CALMING = {
  zh: "“您先坐下喝口水，我们一起把事情理清楚。”",
  en: '"Sit down and have some water; we\'ll sort it out together."',
};

describeEachEngine("playbooks as versioned know-how", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let manager: TestClient;
  let lobby: TestClient;
  let lobbyOt04: TestClient;

  beforeAll(async () => {
    t = await startTestApp(engine);
    [officer, manager, lobby, lobbyOt04] = await Promise.all(
      ["officer.sb01", "manager.sb01", "lobby.ot01", "lobby.ot04"].map((u) => t.as(u)),
    );
  });
  afterAll(() => t.close());

  const report = async (client: TestClient, answers: Record<string, boolean> = {}) => {
    const res = await client.post("/api/incidents", {
      category: "complaint_conflict",
      summary: "客户在大厅大声争吵",
      answers,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Incident;
  };

  it("version 1 of every category's playbook is the shipped one, for the whole bank", async () => {
    const list = (await officer.get("/api/knowhow/playbooks")).json().items;
    expect(list).toHaveLength(12);
    expect(list.find((p: { key: string }) => p.key === "complaint_conflict")).toMatchObject({
      title: "客户现场投诉发生激烈冲突",
      versionNo: 1,
      drafts: 0,
    });
    expect((await lobby.get("/api/knowhow/playbooks")).statusCode).toBe(403);
    for (const code of CATEGORY_CODES) {
      const [v1] = (await officer.get(`/api/knowhow/playbooks/${code}`)).json().versions;
      expect(v1.content, code).toEqual(defaultPlaybook(code));
    }
  });

  it("a running incident keeps the playbook version it was reported under; a new one gets the new version", async () => {
    const running = await report(lobby);
    const [v1] = (await officer.get("/api/knowhow/playbooks/complaint_conflict")).json().versions;
    const content = v1.content;
    const edited = {
      ...content,
      answers: {
        ...content.answers,
        someone_hurt: {
          ...content.answers.someone_hurt,
          tasks: [...content.answers.someone_hurt.tasks, NEW_TASK],
        },
      },
      calming: [NEW_CALMING, ...content.calming],
    };
    const saved = await officer.post("/api/knowhow/playbooks/complaint_conflict/draft", { content: edited });
    expect(saved.statusCode, saved.body).toBe(200);
    const draft = saved.json().versions[0];
    expect(draft).toMatchObject({
      kind: "playbook",
      status: "draft",
      versionNo: 2,
      orgUnitName: "东城第一支行",
    });
    expect((await officer.post(`/api/knowhow/versions/${draft.id}/publish`)).statusCode).toBe(403);
    expect((await manager.post(`/api/knowhow/versions/${draft.id}/publish`)).statusCode).toBe(200);

    // Someone is hurt after all: the running incident adds first aid from its own version, not the new task.
    const answered = await lobby.post(`/api/incidents/${running.id}/answers`, {
      answers: { someone_hurt: true },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const after = answered.json() as Incident;
    expect(taskTexts(after)).toEqual(expect.arrayContaining([expect.stringContaining("拨打 120")]));
    expect(taskTexts(after)).not.toContain(NEW_TASK.text.zh);
    expect(after.calming).not.toContain(NEW_CALMING.zh);
    // The conflict's own rule: someone hurt makes it level Ⅱ.
    expect(after.severity).toBe("II");

    const fresh = await report(lobby, { someone_hurt: true });
    expect(taskTexts(fresh)).toContain(NEW_TASK.text.zh);
    expect(fresh.calming[0]).toBe(NEW_CALMING.zh);

    // The branch's version is for its subtree: another sub-branch's outlet still gets version 1.
    const elsewhere = await report(lobbyOt04, { someone_hurt: true });
    expect(taskTexts(elsewhere)).not.toContain(NEW_TASK.text.zh);

    const audit = await t.db
      .selectFrom("audit_log")
      .select(["action", "after_json"])
      .where("action", "=", "incidents.answer")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json ?? "{}")).toMatchObject({
      playbookVersionId: v1.id,
      answers: { someone_hurt: true },
      severity: "II",
    });
  });

  it("the report page's catalogue carries the floors of the playbook in force at the reporter's outlet", async () => {
    const floorOf = async (client: TestClient) => {
      const { categories } = (await client.get("/api/incidents/catalogue")).json();
      return categories.find((c: { code: string }) => c.code === "queue_machine_failure").floors;
    };
    expect((await floorOf(lobby)).crowd_large).toMatchObject({ level: "II" });
    const [current] = (await officer.get("/api/knowhow/playbooks/queue_machine_failure")).json().versions;
    const reason = {
      zh: "本支行规定：客户情绪激动即按Ⅱ级处置",
      en: "Our rule: an agitated customer makes it II",
    };
    const content = {
      ...current.content,
      answers: {
        ...current.content.answers,
        agitated: { ...current.content.answers.agitated, floor: { level: "II", reason } },
      },
    };
    const draft = (
      await officer.post("/api/knowhow/playbooks/queue_machine_failure/draft", { content })
    ).json();
    expect((await manager.post(`/api/knowhow/versions/${draft.versions[0].id}/publish`)).statusCode).toBe(
      200,
    );

    expect((await floorOf(lobby)).agitated).toEqual({ level: "II", reason });
    // What the page shows is what the server sets.
    const suggested = await lobby.post("/api/incidents/suggest-severity", {
      category: "queue_machine_failure",
      answers: { agitated: true },
    });
    expect(suggested.json()).toMatchObject({ severity: "II", reason: reason.zh });
    // Another sub-branch's outlet keeps the bank's version.
    expect((await floorOf(lobbyOt04)).agitated).toBeUndefined();
  });

  it("answering again with the same answer changes nothing; a closed-out question is refused by name", async () => {
    const inc = await report(lobby, { media: true });
    const same = (await lobby.post(`/api/incidents/${inc.id}/answers`, { answers: { media: true } })).json();
    expect(taskTexts(same)).toEqual(taskTexts(inc));
    const bad = await lobby.post(`/api/incidents/${inc.id}/answers`, { answers: { aliens: true } });
    expect(bad.statusCode).toBe(400);
    const none = await lobby.post(`/api/incidents/${inc.id}/answers`, { answers: {} });
    expect([none.statusCode, none.json().error.field]).toEqual([400, "answers"]);
  });

  it("bad playbook content answers 400 naming the field and stores nothing", async () => {
    const [current] = (await officer.get("/api/knowhow/playbooks/group_visit")).json().versions;
    const bad = await officer.post("/api/knowhow/playbooks/group_visit/draft", {
      content: { ...current.content, contacts: ["pizza"] },
    });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, "content.contacts.0"]);
    const noTasks = await officer.post("/api/knowhow/playbooks/group_visit/draft", {
      content: { ...current.content, tasks: [] },
    });
    expect([noTasks.statusCode, noTasks.json().error.field]).toEqual([400, "content.tasks"]);
    expect(
      (await officer.post("/api/knowhow/playbooks/no_such/draft", { content: current.content })).statusCode,
    ).toBe(404);
    const versions = (await officer.get("/api/knowhow/playbooks/group_visit")).json().versions;
    expect(versions.map((v: { status: string }) => v.status)).toEqual(["published"]);
  });
});
