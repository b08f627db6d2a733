import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

/** Monday 2026-12-07, 10:00 in Shanghai: a working day, so "the same day" is today. */
const MONDAY_10 = "2026-12-07T02:00:00.000Z";
const MONDAY_END = "2026-12-07T15:59:59.999Z";
/** Two working days after Monday: Wednesday, end of day. */
const WEDNESDAY_END = "2026-12-09T15:59:59.999Z";

describeEachEngine("counter exceptions with seed 003's content", (engine) => {
  let t: TestApp;
  let teller: TestClient;
  let head: TestClient;
  let manager: TestClient;
  /** Signs in again: moving the clock by hours ends idle sessions. */
  async function signIn() {
    teller = await t.as("teller.ot01");
    head = await t.as("head.ot01");
    manager = await t.as("manager.sb01");
  }
  beforeAll(async () => {
    t = await startTestApp(engine);
    t.clock.current = new Date(MONDAY_10);
    await signIn();
  });
  afterAll(() => t.close());

  async function report(type: string, description = "客户对办理结果提出异议") {
    const res = await teller.post("/api/counter-exceptions", { type, description });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; ref: string };
  }
  const detailOf = async (id: number, client = head) =>
    (await client.get(`/api/counter-exceptions/${id}`)).json();
  const verify = (id: number) =>
    head.post(`/api/counter-exceptions/${id}/verify`, { outcome: "confirmed", findings: "核实属实" });
  const auditOf = (action: string, id: number) =>
    t.db
      .selectFrom("audit_log")
      .select(["actor_username", "after_json"])
      .where("action", "=", action)
      .where("entity_id", "=", String(id))
      .execute();
  const inbox = async (client: TestClient) =>
    (await client.get("/api/notifications")).json().items as { text: string; link: string }[];

  it("each type carries what to do at each step and how to prevent it, in the reader's language", async () => {
    const { id } = await report("system_failure", "核心系统无法登录，柜台暂停办理");
    const zh = await detailOf(id);
    expect(zh.guidance.steps.report).toContain("科技支持");
    expect(Object.keys(zh.guidance.steps)).toEqual(["identify", "report", "verify", "handle", "follow_up"]);
    expect(zh.guidance.prevention).toContain("维护");
    const english = await t.as("head.ot01");
    english.language = "en";
    const en = (await english.get(`/api/counter-exceptions/${id}`)).json();
    expect(en.guidance.steps.report).toContain("tech support");

    const admin = await t.as("admin");
    const added = await admin.post("/api/counter-exceptions/types", {
      code: "cash_shortage",
      labelZh: "现金短款",
      labelEn: "Cash shortage",
    });
    expect(added.statusCode, added.body).toBe(201);
    const list = (await teller.get("/api/counter-exceptions/guidance")).json().items;
    const byType = new Map(list.map((i: { type: string; guidance: unknown }) => [i.type, i.guidance]));
    expect(byType.get("business_dispute")).toMatchObject({
      steps: { handle: expect.stringContaining("律师") },
    });
    // A type an administrator adds has no entry of its own yet: it gets the general guidance.
    expect(byType.get("cash_shortage")).toEqual(byType.get("other"));
  });

  it("a system failure alerts tech support through the outlet head at once, with the number to call", async () => {
    const { id, ref } = await report("system_failure", "叫号与核心系统同时中断");
    const notice = (await inbox(head)).find((n) => n.text.includes(ref) && n.text.includes("科技支持"));
    expect(notice?.text).toContain("010-6000 9000");
    const e = await detailOf(id);
    expect(e.techSupportPhone).toBe("010-6000 9000");
    expect(e.timeline.map((s: { step: string }) => s.step)).toEqual(["report", "tech_alert"]);
    expect(await auditOf("counter_exceptions.tech_alert", id)).toHaveLength(1);
    const other = await report("transaction_data_error", "转账金额录错");
    expect((await detailOf(other.id)).techSupportPhone).toBeNull();
  });

  it("verification is due the same working day, handling two working days later; each is cleared when done", async () => {
    const { id } = await report("account_data_error", "账户户名与证件不一致");
    expect((await detailOf(id)).verifyDueAt).toBe(MONDAY_END);
    const pending = await t.db
      .selectFrom("due_items")
      .select(["kind", "due_at"])
      .where("subject_id", "=", id)
      .where("kind", "like", "counter_exception.verify%")
      .orderBy("due_at")
      .execute();
    expect(pending.map((p) => p.kind)).toEqual([
      "counter_exception.verify_reminder",
      "counter_exception.verify_overdue",
    ]);
    expect((await verify(id)).json()).toMatchObject({ status: "verified", handleDueAt: WEDNESDAY_END });
    const left = await t.db.selectFrom("due_items").select("kind").where("subject_id", "=", id).execute();
    expect(left.map((l) => l.kind).filter((k) => k.startsWith("counter_exception.verify"))).toEqual([]);
    expect(left.map((l) => l.kind)).toContain("counter_exception.handle_overdue");
  });

  it("a verification still missing at the end of the day is taken to the sub-branch, audited", async () => {
    const { id, ref } = await report("identity_data_error", "证件号码与系统留存不一致");
    const done = await report("identity_data_error", "证件有效期已过");
    await verify(done.id);

    t.clock.advanceMinutes(5 * 60 + 10); // 15:10 local: the day's reminder
    await t.deps.scheduler.tick(t.clock.now());
    await signIn();
    expect((await inbox(head)).some((n) => n.text.includes(ref) && n.text.includes("今天须完成核实"))).toBe(
      true,
    );
    expect((await detailOf(id)).escalatedAt).toBeNull();

    t.clock.advanceMinutes(9 * 60); // past midnight
    await t.deps.scheduler.tick(t.clock.now());
    await signIn();
    const escalated = await detailOf(id);
    expect(escalated.escalatedAt).not.toBeNull();
    expect(escalated.timeline.at(-1)).toMatchObject({
      step: "escalate",
      actor: null,
      data: { missed: "verify" },
    });
    const toManager = (await inbox(manager)).find((n) => n.text.includes(ref));
    expect(toManager?.text).toContain("已报支行督办");
    expect(await auditOf("counter_exceptions.escalate", id)).toEqual([
      expect.objectContaining({ actor_username: "system" }),
    ]);
    expect((await detailOf(done.id)).escalatedAt).toBeNull();
  });

  it("handling still missing two working days after verification goes to the sub-branch; on time it does not", async () => {
    // Tuesday 00:10 local after the previous test: verified now, handling is due Thursday at the end of day.
    const late = await report("account_data_error", "账户状态显示冻结，客户称未办理");
    const onTime = await report("account_data_error", "账户户名少一字");
    await verify(late.id);
    await verify(onTime.id);
    expect((await detailOf(late.id)).handleDueAt).toBe("2026-12-10T15:59:59.999Z");
    await teller.post(`/api/counter-exceptions/${onTime.id}/handle`, {
      actions: ["corrected_entry"],
      detail: "已按开户资料更正户名",
      followUpDueAt: new Date(t.clock.now().getTime() + 5 * 86_400_000).toISOString(),
    });
    t.clock.advanceMinutes(3 * 24 * 60);
    await t.deps.scheduler.tick(t.clock.now());
    await signIn();
    expect((await detailOf(late.id)).escalatedAt).not.toBeNull();
    expect((await detailOf(late.id)).timeline.at(-1)).toMatchObject({
      step: "escalate",
      data: { missed: "handle" },
    });
    expect(
      (await inbox(manager)).some((n) => n.text.includes(late.ref) && n.text.includes("未按时处理")),
    ).toBe(true);
    expect((await detailOf(onTime.id)).escalatedAt).toBeNull();
    expect(
      (await inbox(teller)).some((n) => n.text.includes(late.ref) && n.text.includes("今天须完成处理")),
    ).toBe(true);
  });

  it("closing asks for the root cause and a prevention measure, and shows them", async () => {
    const { id } = await report("transaction_data_error", "收款人账号录错一位");
    await verify(id);
    await teller.post(`/api/counter-exceptions/${id}/handle`, {
      actions: ["reversed_transaction"],
      detail: "已冲正并重新汇出",
      followUpDueAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
    });
    const missing = await head.post(`/api/counter-exceptions/${id}/follow-up`, {
      note: "客户确认",
      fullyResolved: true,
    });
    expect(missing.statusCode).toBe(400);
    expect(["rootCause", "prevention"]).toContain(missing.json().error.field);
    const closed = await head.post(`/api/counter-exceptions/${id}/follow-up`, {
      note: "客户确认到账",
      fullyResolved: true,
      rootCause: "客户张三丰口述账号，柜员未请其核对",
      prevention: "跨行汇款请客户书面核对账号",
    });
    expect(closed.json()).toMatchObject({
      status: "closed",
      closing: { prevention: "跨行汇款请客户书面核对账号" },
    });
    const audit = await auditOf("counter_exceptions.close", id);
    expect(audit[0].after_json).toContain("跨行汇款请客户书面核对账号");

    const officer = await t.as("officer.sb01");
    const { ref } = closed.json();
    const draft = await officer.post("/api/cases/from-source", { sourceRef: ref });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({ sourceKind: "counter_exception", sourceRef: ref, status: "draft" });
    expect(draft.json().lessons).toContain("跨行汇款请客户书面核对账号");
    expect((await detailOf(id, officer)).allowed.makeCase).toBe(true);
    const open = await report("transaction_data_error", "尚未处理完的差错");
    const notClosed = await officer.post("/api/cases/from-source", { sourceRef: open.ref });
    expect(notClosed.statusCode).toBe(400);
    expect(notClosed.json().error.field).toBe("sourceRef");
  });

  it("a closed exception's case names the customer only by initials", async () => {
    const res = await teller.post("/api/counter-exceptions", {
      type: "counter_complaint",
      description: "客户李秀英不满排队时间过长，电话 13600001111",
      customer: { name: "李秀英" },
    });
    const { id, ref } = res.json();
    await verify(id);
    await teller.post(`/api/counter-exceptions/${id}/handle`, {
      actions: ["contacted_customer"],
      detail: "已向李秀英致歉并说明",
      followUpDueAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
    });
    await head.post(`/api/counter-exceptions/${id}/follow-up`, {
      note: "客户表示理解",
      fullyResolved: true,
      rootCause: "高峰时段窗口开放不足",
      prevention: "高峰时段增开窗口",
    });
    const draft = (
      await (await t.as("officer.sb01")).post("/api/cases/from-source", { sourceRef: ref })
    ).json();
    expect(`${draft.title}${draft.story}`).not.toContain("李秀英");
    expect(draft.story).not.toContain("13600001111");
    expect(draft.story).toContain("李某");
  });

  it("a business dispute can be marked as gone to law, with dates and documents; other types cannot", async () => {
    const { id } = await report("business_dispute", "客户对贷款合同违约金条款提出异议");
    const body = {
      involvement: "court",
      since: "2026-12-01",
      counterpart: "东城区人民法院",
      caseNo: "(2026)京0101民初1234号",
      hearingOn: "2027-01-15",
      documents: [
        { title: "起诉状副本", date: "2026-12-01" },
        { title: "应诉通知书", reference: "FY-88" },
      ],
    };
    const future = await teller.post(`/api/counter-exceptions/${id}/legal`, {
      ...body,
      since: "2027-02-01",
      hearingOn: undefined,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.field).toBe("since");
    const backwards = await teller.post(`/api/counter-exceptions/${id}/legal`, {
      ...body,
      hearingOn: "2026-11-01",
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.field).toBe("hearingOn");
    const noTitle = await teller.post(`/api/counter-exceptions/${id}/legal`, {
      ...body,
      documents: [{ title: "" }],
    });
    expect(noTitle.json().error.field).toBe("documents.0.title");
    const auditor = await t.as("auditor");
    expect((await auditor.post(`/api/counter-exceptions/${id}/legal`, body)).statusCode).toBe(403);
    const otherOutlet = await t.as("head.ot02");
    expect((await otherOutlet.post(`/api/counter-exceptions/${id}/legal`, body)).statusCode).toBe(404);
    expect((await detailOf(id)).legal).toBeNull();

    const ok = await teller.post(`/api/counter-exceptions/${id}/legal`, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().legal).toMatchObject({
      involvement: "court",
      since: "2026-12-01",
      caseNo: "(2026)京0101民初1234号",
      documents: [{ title: "起诉状副本" }, { title: "应诉通知书", reference: "FY-88" }],
      recordedBy: { name: "柜员 陈晨" },
    });
    expect(ok.json().timeline.at(-1)).toMatchObject({ step: "legal", data: { involvement: "court" } });
    expect(await auditOf("counter_exceptions.legal", id)).toHaveLength(1);

    const failure = await report("system_failure", "打印机卡纸");
    const refused = await teller.post(`/api/counter-exceptions/${failure.id}/legal`, body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.field).toBe("type");
    expect((await detailOf(failure.id)).allowed.legal).toBe(false);
  });

  it("an administrator sets the working days verification and handling may take, audited", async () => {
    expect((await teller.get("/api/counter-exceptions/deadlines")).json()).toEqual({
      verifyWorkingDays: 0,
      handleWorkingDays: 2,
    });
    const policy = { verifyWorkingDays: 1, handleWorkingDays: 5 };
    expect((await teller.request("PUT", "/api/counter-exceptions/deadlines", policy)).statusCode).toBe(403);
    const admin = await t.as("admin");
    const bad = await admin.request("PUT", "/api/counter-exceptions/deadlines", {
      ...policy,
      handleWorkingDays: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("handleWorkingDays");
    const ok = await admin.request("PUT", "/api/counter-exceptions/deadlines", policy);
    expect(ok.statusCode, ok.body).toBe(200);
    const audit = await t.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "counter_exceptions.deadlines_update")
      .execute();
    expect(audit.map((a) => JSON.parse(a.after_json ?? "{}"))).toEqual([policy]);

    // Friday 2026-12-11, 10:00 local: one working day more is Monday; five after Friday is the next Friday.
    t.clock.current = new Date("2026-12-11T02:00:00.000Z");
    await signIn();
    const { id } = await report("other", "按新期限登记的异常");
    expect((await detailOf(id)).verifyDueAt).toBe("2026-12-14T15:59:59.999Z");
    expect((await verify(id)).json().handleDueAt).toBe("2026-12-18T15:59:59.999Z");
    const reset = await (await t.as("admin")).request("PUT", "/api/counter-exceptions/deadlines", {
      verifyWorkingDays: 0,
      handleWorkingDays: 2,
    });
    expect(reset.statusCode).toBe(200);
  });

  it("the sub-branch manager who is told of an escalation may open the exception", async () => {
    const unit = await idOf(t, "unit", "OT01");
    const items = (await manager.get(`/api/counter-exceptions?orgUnitId=${unit}`)).json().items;
    expect(items.length).toBeGreaterThan(0);
  });
});
