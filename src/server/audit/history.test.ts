import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { ACTION_LABELS } from "../../domain/audit/actions.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

interface Line {
  actor: string | null;
  action: string;
  label: string;
  detail: string | null;
}

describeEachEngine("record history and the audit trail in words", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let complaint: { id: number; ref: string };
  let exception: { id: number; ref: string };
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    const lobby = await t.as("lobby.ot01");
    complaint = (await lobby.post("/api/complaints", complaintBody())).json();
    await officer.post(`/api/complaints/${complaint.id}/assign`, {
      handlerId: await idOf(t, "user", "officer.sb01"),
    });
    const paused = await officer.post(`/api/complaints/${complaint.id}/pauses`, { reason: "mediation" });
    await officer.post(`/api/complaints/${complaint.id}/pauses/${paused.json().pauses[0].id}/end`, {});
    const decided = await officer.post(`/api/complaints/${complaint.id}/decision`, {
      findings: "宣传材料未提示风险",
      basis: "合同第三条",
      outcome: "partly_upheld",
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const noticed = await officer.post(`/api/complaints/${complaint.id}/notices`, {
      purpose: "decision",
      channel: "sms",
      at: t.clock.now().toISOString(),
    });
    expect(noticed.statusCode, noticed.body).toBe(200);
    const closed = await officer.post(`/api/complaints/${complaint.id}/close`, {
      rootCause: "销售话术未经审查",
      rectification: "话术纳入消保审查",
      satisfaction: "basically_satisfied",
    });
    expect(closed.statusCode, closed.body).toBe(200);

    const teller = await t.as("teller.ot01");
    exception = (
      await teller.post("/api/counter-exceptions", {
        type: "transaction_data_error",
        description: "客户转账金额录入多一个零，已当场发现",
      })
    ).json();
    const verified = await (await t.as("head.ot01")).post(`/api/counter-exceptions/${exception.id}/verify`, {
      outcome: "confirmed",
      findings: "核对流水属实",
    });
    expect(verified.statusCode, verified.body).toBe(200);
  });
  afterAll(() => t.close());

  it("a complaint's history says who did what, in words, oldest first", async () => {
    const res = await officer.get(`/api/complaints/${complaint.id}/history`);
    expect(res.statusCode, res.body).toBe(200);
    const lines: Line[] = res.json().items;
    expect(lines.map((l) => [l.label, l.actor])).toEqual([
      ["登记投诉", "大堂经理 刘洋"],
      ["指定处理人", "消保专员 李静"],
      ["中止计时", "消保专员 李静"],
      ["恢复计时", "消保专员 李静"],
      ["办理决定", "消保专员 李静"],
      ["记录告知", "消保专员 李静"],
      ["结案", "消保专员 李静"],
    ]);
    expect(lines.map((l) => l.detail)).toEqual([
      null,
      "消保专员 李静",
      "调解",
      null,
      "部分支持",
      "处理决定 · 短信",
      "基本满意",
    ]);

    officer.language = "en";
    const en: Line[] = (await officer.get(`/api/complaints/${complaint.id}/history`)).json().items;
    officer.language = "zh-CN";
    expect(en.map((l) => l.label)).toEqual([
      "Complaint registered",
      "Handler assigned",
      "Clock paused",
      "Clock resumed",
      "Decision made",
      "Notice recorded",
      "Complaint closed",
    ]);
    expect(en.map((l) => l.detail)).toEqual([
      null,
      "消保专员 李静",
      "Mediation",
      null,
      "Partly upheld",
      "Decision · SMS",
      "Mostly satisfied",
    ]);
  });

  it("a counter exception's history has its steps with their outcome", async () => {
    const res = await officer.get(`/api/counter-exceptions/${exception.id}/history`);
    expect(res.statusCode, res.body).toBe(200);
    const lines: Line[] = res.json().items;
    expect(lines.map((l) => [l.label, l.actor, l.detail])).toEqual([
      ["登记柜面异常", "柜员 陈晨", null],
      ["核实异常", "网点负责人 张伟", "确认异常"],
    ]);
  });

  it("a record outside the caller's subtree has no history to read, as if it did not exist", async () => {
    const sibling = await t.as("head.ot02");
    expect((await sibling.get(`/api/complaints/${complaint.id}/history`)).statusCode).toBe(404);
    expect((await sibling.get(`/api/counter-exceptions/${exception.id}/history`)).statusCode).toBe(404);
    expect((await officer.get("/api/complaints/999999/history")).statusCode).toBe(404);
    expect((await t.anonymous().get(`/api/complaints/${complaint.id}/history`)).statusCode).toBe(401);
  });

  it("the audit trail names each record by its reference, and finds a record's entries by it", async () => {
    const auditor = await t.as("auditor");
    const items = (await auditor.get(`/api/audit?entityType=complaint&entityId=${complaint.id}`)).json()
      .items;
    expect(items.length).toBe(7);
    expect(new Set(items.map((e: { entityRef: string }) => e.entityRef))).toEqual(new Set([complaint.ref]));
    const cex = (await auditor.get("/api/audit?action=counter_exceptions.report")).json().items;
    expect(cex[0].entityRef).toBe(exception.ref);
    const byRef = (await auditor.get(`/api/audit?entityId=${complaint.ref.toLowerCase()}`)).json().items;
    expect(byRef.map((e: { action: string }) => e.action)).toEqual([
      "complaints.close",
      "complaints.notice",
      "complaints.decide",
      "complaints.resume",
      "complaints.pause",
      "complaints.assign",
      "complaints.register",
    ]);
    expect((await auditor.get("/api/audit?entityId=CMP-20000101-0001")).json().items).toEqual([]);
    const user = (await auditor.get("/api/audit?action=auth.login&actor=teller.ot01")).json().items;
    expect(user[0].entityRef).toBe("teller.ot01");
  });

  it("every action written along the way has a label", async () => {
    const actions = await t.db.selectFrom("audit_log").select("action").distinct().execute();
    expect(actions.map((a) => a.action).filter((a) => !Object.hasOwn(ACTION_LABELS, a))).toEqual([]);
  });
});
