import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { STATUS_LABELS } from "../../domain/counter-exceptions/vocabulary.ts";

const inDays = (t: TestApp, days: number) =>
  new Date(t.clock.now().getTime() + days * 86_400_000).toISOString();

const SAMPLE = {
  type: "transaction_data_error",
  description: "客户转账金额录入多一个零，已当场发现",
  amount: 1250.5,
  transactionRef: "TX20261123001",
  customer: { name: "张三丰", phone: "13812345678", idNumber: "110101199001061234" },
  immediateAction: "暂停交易，请客户稍候",
};

describeEachEngine("counter exceptions", (engine) => {
  let t: TestApp;
  let teller: TestClient;
  let head: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    teller = await t.as("teller.ot01");
    head = await t.as("head.ot01");
  });
  afterAll(() => t.close());

  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom("counter_exceptions")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  async function report(client = teller, body: object = SAMPLE) {
    const res = await client.post("/api/counter-exceptions", body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; ref: string; status: string };
  }

  it("a teller registers an exception; it gets a CEX reference and the outlet head is told at once", async () => {
    const created = await report();
    expect(created.ref).toMatch(/^CEX-\d{8}-\d{4}$/);
    expect(created.status).toBe("reported");
    const inbox = (await head.get("/api/notifications")).json().items;
    expect(inbox[0]).toMatchObject({ link: `/counter-exceptions/${created.id}` });
    expect(inbox[0].text).toContain(created.ref);
    const audit = await t.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "counter_exceptions.report")
      .where("entity_id", "=", String(created.id))
      .executeTakeFirstOrThrow();
    expect(audit.after_json).not.toContain("张三丰");
  });

  it("the reporter's own verify answers 403 with a clear message, whatever their role", async () => {
    const { id } = await report();
    const res = await teller.post(`/api/counter-exceptions/${id}/verify`, {
      outcome: "confirmed",
      findings: "属实",
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: "counter_exceptions.self_verify" });
    expect(res.json().error.message).toContain("不能核实自己登记的异常");

    const own = await report(head);
    const byHead = await head.post(`/api/counter-exceptions/${own.id}/verify`, {
      outcome: "confirmed",
      findings: "属实",
    });
    expect(byHead.statusCode).toBe(403);
    expect(byHead.json().error.code).toBe("counter_exceptions.self_verify");
    expect((await head.get(`/api/counter-exceptions/${own.id}`)).json().status).toBe("reported");
  });

  it("a colleague without a verifier's role cannot verify either", async () => {
    const { id } = await report();
    const other = await t.as("teller2.ot01");
    const res = await other.post(`/api/counter-exceptions/${id}/verify`, {
      outcome: "confirmed",
      findings: "x",
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("counter_exceptions.not_verifier");
  });

  it("a teller of OT02 gets 404 for an OT01 exception, to read or to act on", async () => {
    const { id } = await report();
    const ot02 = await t.as("teller.ot02");
    expect((await ot02.get(`/api/counter-exceptions/${id}`)).statusCode).toBe(404);
    const headOt02 = await t.as("head.ot02");
    const res = await headOt02.post(`/api/counter-exceptions/${id}/verify`, {
      outcome: "confirmed",
      findings: "x",
    });
    expect(res.statusCode).toBe(404);
    const list = (await ot02.get("/api/counter-exceptions")).json().items;
    expect(list.map((e: { id: number }) => e.id)).not.toContain(id);
  });

  it("amounts that are not numbers or are negative get a 400 naming the field, and nothing is written", async () => {
    const before = await count();
    for (const amount of ["1250.50", -1, 1.234, null]) {
      const res = await teller.post("/api/counter-exceptions", { ...SAMPLE, amount });
      expect(res.statusCode, JSON.stringify(amount)).toBe(400);
      expect(res.json().error.field).toBe("amount");
    }
    const badType = await teller.post("/api/counter-exceptions", { ...SAMPLE, type: "no_such_type" });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().error.field).toBe("type");
    const badPhone = await teller.post("/api/counter-exceptions", { ...SAMPLE, customer: { phone: "abc" } });
    expect(badPhone.json().error.field).toBe("customer.phone");
    expect(await count()).toBe(before);
  });

  it("the five steps run through: verify with a corrected type and another department, handle, follow up, close", async () => {
    const { id } = await report();
    const verified = await head.post(`/api/counter-exceptions/${id}/verify`, {
      outcome: "confirmed",
      findings: "经核查为系统批量处理异常所致",
      correctedType: "system_failure",
      consultations: [{ department: "tech_support", answer: "批处理程序已修复" }],
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({
      status: "verified",
      type: "system_failure",
      verification: {
        originalType: "transaction_data_error",
        consultations: [{ department: "tech_support" }],
      },
    });

    const early = await teller.post(`/api/counter-exceptions/${id}/handle`, {
      actions: ["corrected_entry"],
      detail: "x",
      followUpDueAt: inDays(t, -1),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.field).toBe("followUpDueAt");

    const outsider = await teller.post(`/api/counter-exceptions/${id}/handle`, {
      actions: ["refunded"],
      detail: "x",
      handledById: await idOf(t, "user", "teller.ot02"),
      followUpDueAt: inDays(t, 2),
    });
    expect(outsider.json().error.field).toBe("handledById");
    expect((await head.get(`/api/counter-exceptions/${id}`)).json()).toMatchObject({
      status: "verified",
      handling: null,
    });

    const lobbyId = await idOf(t, "user", "lobby.ot01");
    const handled = await teller.post(`/api/counter-exceptions/${id}/handle`, {
      actions: ["corrected_entry", "contacted_customer"],
      detail: "已更正入账并电话告知客户",
      handledById: lobbyId,
      followUpDueAt: inDays(t, 2),
    });
    expect(handled.statusCode, handled.body).toBe(200);
    expect(handled.json()).toMatchObject({
      status: "handled",
      handling: { handledBy: { id: lobbyId }, recordedBy: { name: "柜员 陈晨" } },
    });

    const notYet = await head.post(`/api/counter-exceptions/${id}/follow-up`, {
      note: "客户尚未确认",
      fullyResolved: false,
    });
    expect(notYet.statusCode).toBe(400);
    expect(notYet.json().error.field).toBe("nextDueAt");

    const withoutCause = await head.post(`/api/counter-exceptions/${id}/follow-up`, {
      note: "客户确认到账",
      fullyResolved: true,
      prevention: "批处理上线前增加复核",
    });
    expect(withoutCause.statusCode).toBe(400);
    expect(withoutCause.json().error.field).toBe("rootCause");
    const withoutPrevention = await head.post(`/api/counter-exceptions/${id}/follow-up`, {
      note: "客户确认到账",
      fullyResolved: true,
      rootCause: "批处理程序缺陷",
      prevention: "  ",
    });
    expect(withoutPrevention.statusCode).toBe(400);
    expect(withoutPrevention.json().error.field).toBe("prevention");
    expect((await head.get(`/api/counter-exceptions/${id}`)).json().status).toBe("handled");

    const closed = await head.post(`/api/counter-exceptions/${id}/follow-up`, {
      note: "客户确认到账",
      fullyResolved: true,
      rootCause: "批处理程序缺陷",
      prevention: "批处理上线前增加复核",
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().status).toBe("closed");
    expect(closed.json().closing).toEqual({
      rootCause: "批处理程序缺陷",
      prevention: "批处理上线前增加复核",
    });
    // Corrected to a system failure at verification, it alerted tech support then.
    expect(closed.json().timeline.map((e: { step: string }) => e.step)).toEqual([
      "report",
      "tech_alert",
      "verify",
      "handle",
      "close",
    ]);
    expect(closed.json().techSupportPhone).toBe("010-6000 9000");
    const again = await head.post(`/api/counter-exceptions/${id}/follow-up`, {
      note: "x",
      fullyResolved: true,
      rootCause: "x",
      prevention: "x",
    });
    expect(again.statusCode).toBe(409);
  });

  it("a due follow-up reminds the handler, shows as overdue, and a new due date replaces the reminder", async () => {
    const { id } = await report();
    await head.post(`/api/counter-exceptions/${id}/verify`, { outcome: "confirmed", findings: "属实" });
    await teller.post(`/api/counter-exceptions/${id}/handle`, {
      actions: ["refunded"],
      detail: "退还多扣手续费",
      followUpDueAt: inDays(t, 1),
    });
    t.clock.advanceMinutes(24 * 60 + 1);
    expect(await t.deps.scheduler.tick(t.clock.now())).toBeGreaterThanOrEqual(1);
    // A day later the sessions have timed out: sign in again, as the staff would.
    teller = await t.as("teller.ot01");
    head = await t.as("head.ot01");
    const inbox = (await teller.get("/api/notifications")).json().items;
    expect(inbox[0].text).toContain("跟进期限已到");
    const overdue = (await head.get("/api/counter-exceptions?overdue=true")).json().items;
    expect(overdue.map((e: { id: number }) => e.id)).toContain(id);

    const res = await head.post(`/api/counter-exceptions/${id}/follow-up`, {
      note: "客户还需核对账单",
      fullyResolved: false,
      nextDueAt: inDays(t, 3),
    });
    expect(res.json()).toMatchObject({ status: "handled", overdue: false });
    const pending = await t.db
      .selectFrom("due_items")
      .select("due_at")
      .where("subject_id", "=", id)
      .execute();
    expect(pending).toHaveLength(1);
  });

  it("customer data is masked in lists and details; an outlet head may reveal it, and that is audited", async () => {
    const { id } = await report();
    const item = (await teller.get("/api/counter-exceptions"))
      .json()
      .items.find((e: { id: number }) => e.id === id);
    expect(item.customer).toMatchObject({
      name: "张**",
      phone: "138****5678",
      idNumber: "1101**********1234",
    });
    expect((await teller.get(`/api/counter-exceptions/${id}?reveal=true`)).statusCode).toBe(403);
    const full = (await head.get(`/api/counter-exceptions/${id}?reveal=true`)).json();
    expect(full).toMatchObject({
      customerRevealed: true,
      customer: { name: "张三丰", phone: "13812345678" },
    });
    const audit = await t.db
      .selectFrom("audit_log")
      .select("actor_username")
      .where("action", "=", "counter_exceptions.reveal_customer")
      .where("entity_id", "=", String(id))
      .execute();
    expect(audit.map((a) => a.actor_username)).toEqual(["head.ot01"]);
  });

  it("repeats of a type at an outlet within 30 days are flagged as a pattern for the outlet head", async () => {
    const body = { type: "account_data_error", description: "账户地址信息与证件不符" };
    const first = await report(teller, body);
    const second = await report(teller, body);
    const items = (await head.get("/api/counter-exceptions?type=account_data_error")).json().items;
    expect(items.find((e: { id: number }) => e.id === first.id).patternCount).toBe(1);
    expect(items.find((e: { id: number }) => e.id === second.id).patternCount).toBe(2);
    const inbox = (await head.get("/api/notifications")).json().items;
    expect(inbox.some((n: { text: string }) => n.text.includes("30 天内第 2 次"))).toBe(true);
    const stats = (await head.get("/api/counter-exceptions/stats")).json();
    expect(stats.patterns).toContainEqual(expect.objectContaining({ type: "account_data_error", count: 2 }));
    expect(stats.byOutlet[0]).toMatchObject({ orgUnitCode: "OT01" });
    expect(stats.byType.map((r: { type: string }) => r.type)).toContain("account_data_error");
  });

  it("the list filters by status, teller and date and pages by keyset", async () => {
    const tellerId = await idOf(t, "user", "teller.ot01");
    const all = (await head.get(`/api/counter-exceptions?reportedById=${tellerId}&status=reported`)).json()
      .items;
    expect(all.length).toBeGreaterThan(2);
    expect(all.every((e: { status: string; reportedBy: { id: number } }) => e.status === "reported")).toBe(
      true,
    );
    const first = (await head.get("/api/counter-exceptions?limit=2")).json();
    const second = (await head.get(`/api/counter-exceptions?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).toBeLessThan(first.items[1].id);
    const future = (await head.get("/api/counter-exceptions?from=2099-01-01")).json().items;
    expect(future).toEqual([]);
  });

  it("exports the filtered register as .xlsx with customer data masked", async () => {
    const res = await head.get("/api/counter-exceptions/export.xlsx?type=transaction_data_error");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe("编号");
    const values = sheet.getSheetValues().flat().map(String).join(" ");
    expect(values).toContain("张** 138****5678");
    expect(values).not.toContain("张三丰");
    // Types and statuses as people read them, never their codes.
    expect(values).not.toMatch(/transaction_data_error|\breported\b|\bverified\b|\bhandled\b/);
    expect(values).toContain("待核实");
  });

  it("exports in English when the request is in English", async () => {
    head.language = "en";
    try {
      const res = await head.get("/api/counter-exceptions/export.xlsx?type=transaction_data_error");
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      expect(sheet.getRow(1).getCell(4).value).toBe("Status");
      const statuses = sheet.getColumn(4).values.slice(2);
      expect(statuses.length).toBeGreaterThan(0);
      const labels = Object.values(STATUS_LABELS).map((l) => l.en);
      expect(statuses.every((s) => labels.includes(String(s)))).toBe(true);
    } finally {
      head.language = "zh-CN";
    }
  });

  describe("settings an administrator maintains", () => {
    it("a role an administrator grants at an outlet may verify there", async () => {
      const admin = await t.as("admin");
      const lobby = await t.as("lobby.ot01");
      const { id } = await report();
      const refused = await lobby.post(`/api/counter-exceptions/${id}/verify`, {
        outcome: "rejected",
        findings: "x",
      });
      expect(refused.json().error.code).toBe("counter_exceptions.not_verifier");
      const grant = await admin.post("/api/counter-exceptions/verifier-grants", {
        role: "lobby_manager",
        orgUnitId: await idOf(t, "unit", "OT01"),
      });
      expect(grant.statusCode).toBe(201);
      const ok = await lobby.post(`/api/counter-exceptions/${id}/verify`, {
        outcome: "rejected",
        findings: "客户记错了",
      });
      expect(ok.json().status).toBe("rejected");
      expect(
        (await admin.request("DELETE", `/api/counter-exceptions/verifier-grants/${grant.json().id}`))
          .statusCode,
      ).toBe(204);
    });

    it("types can be added, renamed and disabled; a disabled type takes no new exceptions", async () => {
      const admin = await t.as("admin");
      const created = await admin.post("/api/counter-exceptions/types", {
        code: "cash_discrepancy",
        labelZh: "现金差错",
        labelEn: "Cash discrepancy",
      });
      expect(created.statusCode).toBe(201);
      await report(teller, { type: "cash_discrepancy", description: "尾箱长款 100 元" });
      await admin.patch("/api/counter-exceptions/types/cash_discrepancy", {
        labelZh: "现金长短款",
        disabled: true,
      });
      const res = await teller.post("/api/counter-exceptions", {
        type: "cash_discrepancy",
        description: "x",
      });
      expect(res.json().error).toMatchObject({ field: "type", code: "counter_exceptions.unknown_type" });
      expect(
        (await teller.post("/api/counter-exceptions/types", { code: "x_y", labelZh: "x", labelEn: "x" }))
          .statusCode,
      ).toBe(403);
    });
  });
});
