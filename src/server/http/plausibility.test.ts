import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

const daysAgo = (t: TestApp, days: number) =>
  new Date(t.clock.now().getTime() - days * 86_400_000).toISOString();

describeEachEngine("impossible input is refused, naming the field", (engine) => {
  let t: TestApp;
  let lobby: TestClient;
  let teller: TestClient;
  let head: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    lobby = await t.as("lobby.ot01");
    teller = await t.as("teller.ot01");
    head = await t.as("head.ot01");
  });
  afterAll(() => t.close());

  const complaints = async () =>
    Number(
      (
        await t.db
          .selectFrom("complaints")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("a complaint received on 1900-01-01, tomorrow or beyond the three-year horizon is refused; none is written", async () => {
    const before = await complaints();
    for (const receivedAt of ["1900-01-01T00:00:00+08:00", daysAgo(t, -1), daysAgo(t, 3 * 366 + 1)]) {
      const res = await lobby.post("/api/complaints", complaintBody({ receivedAt }));
      expect(res.statusCode, receivedAt).toBe(400);
      expect(res.json().error.field).toBe("receivedAt");
      expect(res.json().error.message).toContain("receivedAt");
    }
    lobby.language = "en";
    const old = await lobby.post("/api/complaints", complaintBody({ receivedAt: "1900-01-01T00:00:00Z" }));
    expect(old.json().error.message).toBe(
      "receivedAt cannot be more than 1098 days ago (beyond the records' retention)",
    );
    lobby.language = "zh-CN";
    expect(await complaints()).toBe(before);
    // A few minutes ahead is the registering PC's clock, not an impossible time.
    const skewed = new Date(t.clock.now().getTime() + 2 * 60_000).toISOString();
    expect((await lobby.post("/api/complaints", complaintBody({ receivedAt: skewed }))).statusCode).toBe(201);
  });

  it("an ID number is checked for its document type: format, date of birth and the GB 11643 check digit", async () => {
    const register = (complainant: Record<string, unknown>) =>
      lobby.post("/api/complaints", complaintBody({ complainant: { name: "李四", ...complainant } }));
    for (const [idNumber, detail] of [
      ["123", "格式"],
      ["110101199013011232", "出生日期"],
      ["110101199001061235", "校验位"],
      ["990101199001061234", "地区代码"],
    ]) {
      const res = await register({ idNumber });
      expect(res.statusCode, idNumber).toBe(400);
      expect(res.json().error.field).toBe("complainant.idNumber");
      expect(res.json().error.message, idNumber).toContain(detail);
    }
    const good = await register({ idNumber: "11010519491231002x" });
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json().complainant).toMatchObject({ idType: "resident_id", idNumber: "1*************002X" });
    const passport = await register({ idType: "passport", idNumber: "E12345678" });
    expect(passport.statusCode, passport.body).toBe(201);
    expect(passport.json().complainant.idType).toBe("passport");
    expect((await register({ idType: "hk_macao_permit", idNumber: "H1234567890" })).statusCode).toBe(201);
    expect((await register({ idType: "hk_macao_permit", idNumber: "12345" })).statusCode).toBe(400);
    expect((await register({ idType: "hmt_residence", idNumber: "810000199408230021" })).statusCode).toBe(
      201,
    );
    // A resident-ID number is not a residence permit of Hong Kong, Macao or Taiwan.
    expect((await register({ idType: "hmt_residence", idNumber: "11010519491231002X" })).statusCode).toBe(
      400,
    );
  });

  it("a summary of emoji alone says nothing and is refused; one with a word passes", async () => {
    const res = await lobby.post("/api/complaints", complaintBody({ summary: "😡😡😡" }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: "summary" });
    expect(res.json().error.message).toContain("至少一个文字或数字");
    expect((await lobby.post("/api/complaints", complaintBody({ summary: "😡 乱扣费" }))).statusCode).toBe(
      201,
    );
    const incident = await lobby.post("/api/incidents", { category: "crowd_surge", summary: "!!! 🙏" });
    expect(incident.statusCode).toBe(400);
    expect(incident.json().error.field).toBe("summary");
    const cex = await teller.post("/api/counter-exceptions", {
      type: "transaction_data_error",
      description: "……",
    });
    expect(cex.statusCode).toBe(400);
    expect(cex.json().error.field).toBe("description");
  });

  it("a counter-exception follow-up due in the year 3000 is refused; one due next week is taken", async () => {
    const reported = await teller.post("/api/counter-exceptions", {
      type: "transaction_data_error",
      description: "金额录入错误",
      customer: { idType: "passport", idNumber: "123" },
    });
    expect(reported.statusCode).toBe(400);
    expect(reported.json().error.field).toBe("customer.idNumber");
    const { id } = (
      await teller.post("/api/counter-exceptions", {
        type: "transaction_data_error",
        description: "金额录入错误",
      })
    ).json();
    expect(
      (await head.post(`/api/counter-exceptions/${id}/verify`, { outcome: "confirmed", findings: "属实" }))
        .statusCode,
    ).toBe(200);
    const handle = (followUpDueAt: string) =>
      teller.post(`/api/counter-exceptions/${id}/handle`, {
        actions: ["corrected_entry"],
        detail: "已冲正",
        followUpDueAt,
      });
    const far = await handle("3000-01-01T09:00:00+08:00");
    expect(far.statusCode).toBe(400);
    expect(far.json().error).toMatchObject({ field: "followUpDueAt" });
    expect(far.json().error.message).toBe("followUpDueAt 不能晚于 366 天之后，请检查年份");
    expect((await handle(daysAgo(t, -7))).statusCode).toBe(200);
  });

  it("a case cannot have happened tomorrow", async () => {
    const officer = await t.as("officer.sb01");
    const tomorrow = daysAgo(t, -2).slice(0, 10);
    const res = await officer.post("/api/cases", {
      title: "网点客流激增的处置",
      category: "crowd_surge",
      outcome: "resolved_on_site",
      occurredOn: tomorrow,
      story: "开门后客流激增",
      lessons: "提前分流",
      sourceKind: "incident",
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe("occurredOn");
  });

  it("a complaint received 20 days ago is registered, breached at once, and notified once, not once per past warning", async () => {
    const handlerId = await idOf(t, "user", "head.ot01");
    const res = await lobby.post("/api/complaints", complaintBody({ receivedAt: daysAgo(t, 20), handlerId }));
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(Date.parse(c.decisionDueAt)).toBeLessThan(t.clock.now().getTime());
    await t.deps.scheduler.tick(t.clock.now());
    await t.deps.scheduler.tick(t.clock.now());
    const inbox = await t.db
      .selectFrom("notifications")
      .select("message_key")
      .where("user_id", "=", handlerId)
      .where("link", "=", `/complaints/${c.id}`)
      .orderBy("id")
      .execute();
    expect(inbox.map((n) => n.message_key)).toEqual([
      "notify.complaint_assigned",
      "notify.complaint_breached",
    ]);
  });
});
