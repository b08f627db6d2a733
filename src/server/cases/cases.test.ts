import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

const BANK_RUN = {
  title: "谣言引发的储户集中取款",
  category: "crowd_surge",
  outcome: "resolved_on_site",
  occurredOn: "2025-06-18",
  story:
    "网上流传本网点“资金链断裂”的谣言，上午十点起数十名储户排队要求取出全部存款，形成挤兑苗头。客户王建国（手机 13912345678）情绪激动，带头在大堂高声质问。",
  lessons:
    "第一时间双线报告；大堂经理分流安抚，负责人公开说明存款保险制度；备足现金、加开窗口，用事实平息谣言。",
  tags: ["挤兑", "谣言", "舆情"],
  sourceKind: "incident",
  sourceRef: "INC-20250618-0002",
  names: ["王建国"],
};

const OUTAGE = {
  title: "核心系统故障导致柜台停办两小时",
  category: "system_failure",
  outcome: "resolved_after_follow_up",
  occurredOn: "2025-09-02",
  story: "上午核心系统宕机，柜台停止办理，二十多位客户滞留，有客户要求赔偿误工费。",
  lessons: "故障时登记客户需求并承诺回访，引导使用手机银行；恢复后逐一电话致歉。",
  tags: ["系统故障"],
  sourceKind: "manual",
};

describeEachEngine("case library", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let manager: TestClient;
  let teller: TestClient;
  let bankRunId: number;
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    manager = await t.as("manager.sb01");
    teller = await t.as("teller.ot01");
  });
  afterAll(() => t.close());

  it("a case is written as a draft with personal data stripped, and published by someone else", async () => {
    const created = await officer.post("/api/cases", BANK_RUN);
    expect(created.statusCode).toBe(201);
    const c = created.json();
    bankRunId = c.id;
    expect(c).toMatchObject({ status: "draft", ref: expect.stringMatching(/^CASE-\d{8}-\d{4}$/) });
    expect(c.story).toContain("客户王某（手机 [手机号]）");
    expect(c.story).not.toContain("13912345678");
    expect(c.story).not.toContain("王建国");

    // Drafts are not in the library yet; the author cannot publish their own case.
    expect((await teller.get("/api/cases?q=挤兑")).json().items).toEqual([]);
    expect((await teller.get(`/api/cases/${c.id}`)).statusCode).toBe(404);
    const self = await officer.post(`/api/cases/${c.id}/publish`);
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe("cases.self_publish");

    const published = await manager.post(`/api/cases/${c.id}/publish`);
    expect(published.json()).toMatchObject({ status: "published", publishedAt: expect.any(String) });
    expect((await manager.post(`/api/cases/${c.id}/publish`)).statusCode).toBe(409);
    expect((await officer.patch(`/api/cases/${c.id}`, { title: "改" })).statusCode).toBe(409);

    const actions = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", "case")
      .where("entity_id", "=", String(c.id))
      .orderBy("id")
      .execute();
    expect(actions.map((a) => a.action)).toEqual(["cases.create", "cases.publish"]);
  });

  it("a search for 挤兑 finds the published bank-run case, from anywhere in the bank", async () => {
    const outage = (await officer.post("/api/cases", OUTAGE)).json();
    await manager.post(`/api/cases/${outage.id}/publish`);
    const elsewhere = await t.as("lobby.ot04");
    for (const q of ["挤兑", "谣言 取款", "擠兌", "存款保险"]) {
      const items = (await elsewhere.get(`/api/cases?q=${encodeURIComponent(q)}`)).json().items;
      expect(
        items.map((i: { id: number }) => i.id),
        q,
      ).toEqual([bankRunId]);
    }
    const both = (await elsewhere.get(`/api/cases?q=${encodeURIComponent("客户")}`)).json().items;
    expect(both).toEqual([]); // a stopword alone is no search
    const outageHits = (await elsewhere.get(`/api/cases?q=${encodeURIComponent("系统故障 回访")}`)).json()
      .items;
    expect(outageHits.map((i: { id: number }) => i.id)).toEqual([outage.id]);
    expect((await elsewhere.get(`/api/cases?q=${encodeURIComponent("抢劫")}`)).json().items).toEqual([]);
  });

  it("filters by category, outcome and date", async () => {
    const get = async (qs: string) =>
      (await teller.get(`/api/cases?${qs}`)).json().items.map((i: { title: string }) => i.title);
    expect(await get("category=crowd_surge")).toEqual([BANK_RUN.title]);
    expect(await get("outcome=resolved_after_follow_up")).toEqual([OUTAGE.title]);
    expect(await get("from=2025-07-01")).toEqual([OUTAGE.title]);
    expect(await get("from=2025-06-01&to=2025-06-30")).toEqual([BANK_RUN.title]);
    const bad = await teller.get("/api/cases?from=2025-13-45");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("from");
  });

  it("a new report is offered the most similar past cases first", async () => {
    const text = "网点门口聚集大量储户排队取款，有人说银行要倒闭了，现场情绪紧张";
    const res = await teller.get(`/api/cases/similar?text=${encodeURIComponent(text)}&category=crowd_surge`);
    const items = res.json().items;
    expect(items[0]).toMatchObject({ id: bankRunId, matchedTerms: expect.arrayContaining(["取款"]) });
    expect(items[0].score).toBeGreaterThan(items[1]?.score ?? 0);
    const outage = await teller.get(
      `/api/cases/similar?text=${encodeURIComponent("系统宕机，柜台无法办理业务")}`,
    );
    expect(outage.json().items[0].title).toBe(OUTAGE.title);
  });

  it("only officers and managers write cases; bad input names the field", async () => {
    expect((await teller.post("/api/cases", BANK_RUN)).statusCode).toBe(403);
    for (const [patch, field] of [
      [{ outcome: "won" }, "outcome"],
      [{ occurredOn: "18/06/2025" }, "occurredOn"],
      [{ sourceRef: "incident 2" }, "sourceRef"],
      [{ story: "" }, "story"],
    ] as const) {
      const res = await officer.post("/api/cases", { ...BANK_RUN, ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
  });

  it("a draft is edited, re-indexed and stays inside the author's subtree", async () => {
    const draft = (await officer.post("/api/cases", { ...OUTAGE, title: "排队机故障", tags: [] })).json();
    const edited = await officer.patch(`/api/cases/${draft.id}`, {
      lessons: "及时启用手工叫号并安排专人引导",
    });
    expect(edited.json().lessons).toContain("手工叫号");
    const outsider = await t.as("lobby.ot04");
    expect((await outsider.get(`/api/cases/${draft.id}`)).statusCode).toBe(404);
    const drafts = (await manager.get(`/api/cases?status=draft&q=${encodeURIComponent("手工叫号")}`)).json()
      .items;
    expect(drafts.map((d: { id: number }) => d.id)).toEqual([draft.id]);
  });
});
