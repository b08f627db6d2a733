import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { WEEKENDS_ONLY } from "../../domain/calendar/business-calendar.ts";
import { DEFAULT_CLOCK_SETTINGS, decisionClock } from "../../domain/complaints/deadline.ts";
import { DEMO_PASSWORD } from "../seed/demo.ts";

export const complaintBody = (over: Record<string, unknown> = {}) => ({
  channel: "营业现场",
  receivedAt: new Date().toISOString(),
  summary: "理财产品到期收益低于宣传",
  request: "要求赔偿收益差额",
  complainant: { name: "张三丰", phone: "13812345678", idNumber: "110101199001011234" },
  businessCategory: "自营理财",
  cause: "营销方式和手段",
  ...over,
});

const dueFor = (receivedAt: string, level: 0 | 1 | 2) => {
  const clock = decisionClock(
    { startedAt: receivedAt, extensionLevel: level, pauses: [] },
    WEEKENDS_ONLY,
    DEFAULT_CLOCK_SETTINGS,
  );
  return clock.state === "running" ? clock.dueAt : null;
};

describeEachEngine("complaints: intake, scope and personal data", (engine) => {
  let t: TestApp;
  let lobby: TestClient;
  let officer: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    lobby = await t.as("lobby.ot01");
    officer = await t.as("officer.sb01");
  });
  afterAll(() => t.close());

  it("a lobby manager registers a complaint by Chinese labels and gets a reference, the deadline and masked data", async () => {
    const body = complaintBody({ receivedAt: t.clock.now().toISOString() });
    const res = await lobby.post("/api/complaints", body);
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.ref).toMatch(/^CMP-\d{8}-0001$/);
    expect(c).toMatchObject({
      status: "open",
      orgUnitCode: "OT01",
      channel: { code: "0101", label: "营业现场", path: ["前台业务渠道", "营业现场"] },
      businessCategory: { code: "10" },
      cause: { code: "04" },
      complainantName: "张**",
      complainantPhone: "138****5678",
      complainant: { idNumber: "1*************1234", masked: true },
      decisionDueAt: dueFor(body.receivedAt, 0),
      clock: { state: "running" },
    });
    expect(res.body).not.toContain("张三丰");
    expect(res.body).not.toContain("13812345678");
  });

  it("codes are accepted as well as labels", async () => {
    const res = await lobby.post(
      "/api/complaints",
      complaintBody({
        channel: "010301",
        businessCategory: "03",
        cause: "07",
        complainant: { name: "李四" },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().channel.path).toEqual(["前台业务渠道", "电子渠道", "网上银行"]);
  });

  it("bad input is refused with the field named, and nothing is written", async () => {
    const before = (
      await t.db
        .selectFrom("complaints")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
    const cases: [Record<string, unknown>, string][] = [
      [{ channel: "柜台外面" }, "channel"],
      [{ cause: "99999" }, "cause"],
      [{ summary: "" }, "summary"],
      [{ receivedAt: "yesterday" }, "receivedAt"],
      [{ receivedAt: new Date(Date.now() + 86_400_000).toISOString() }, "receivedAt"],
      [{ complainant: { name: "王五", phone: "call me" } }, "complainant.phone"],
      [{ representatives: Array.from({ length: 6 }, (_, i) => ({ name: `代表${i}` })) }, "representatives"],
      [{ orgUnitId: await idOf(t, "unit", "OT04") }, "orgUnitId"],
    ];
    for (const [over, field] of cases) {
      const res = await lobby.post("/api/complaints", complaintBody(over));
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    const after = (
      await t.db
        .selectFrom("complaints")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
    expect(Number(after)).toBe(Number(before));
  });

  it("a user of OT02 gets 404 for an OT01 complaint and does not see it in the list", async () => {
    const { id } = (await lobby.post("/api/complaints", complaintBody())).json();
    const ot02 = await t.as("lobby.ot02");
    expect((await ot02.get(`/api/complaints/${id}`)).statusCode).toBe(404);
    expect((await ot02.post(`/api/complaints/${id}/pauses`, { reason: "mediation" })).statusCode).toBe(403);
    const head02 = await t.as("head.ot02");
    expect((await head02.post(`/api/complaints/${id}/pauses`, { reason: "mediation" })).statusCode).toBe(404);
    expect((await ot02.get("/api/complaints")).json().items).toEqual([]);
    expect((await officer.get(`/api/complaints/${id}`)).statusCode).toBe(200);
  });

  it("full personal data is shown only to roles that need it, and each view is audited", async () => {
    const { id } = (await lobby.post("/api/complaints", complaintBody())).json();
    expect((await lobby.get(`/api/complaints/${id}/personal-data`)).statusCode).toBe(403);
    const res = await officer.get(`/api/complaints/${id}/personal-data`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: "张三丰",
      phone: "13812345678",
      idNumber: "110101199001011234",
    });
    const audit = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "complaints.view_personal_data")
      .where("entity_id", "=", String(id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_username).toBe("officer.sb01");
  });

  it("a repeat by the same complainant on the same matter is offered for merging", async () => {
    const person = { name: "赵六", phone: "139 0000 1111" };
    const first = (await lobby.post("/api/complaints", complaintBody({ complainant: person }))).json();
    const second = (await lobby.post("/api/complaints", complaintBody({ complainant: person }))).json();
    expect(second.repeatCandidates.map((r: { id: number }) => r.id)).toEqual([first.id]);
    expect(second.repeat).toBe(true);
    const merged = await officer.post(`/api/complaints/${second.id}/merge`, { intoId: first.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ status: "merged", mergedInto: { id: first.id } });
    const other = (
      await lobby.post("/api/complaints", complaintBody({ complainant: { name: "钱七" } }))
    ).json();
    expect((await officer.post(`/api/complaints/${other.id}/merge`, { intoId: first.id })).statusCode).toBe(
      400,
    );
  });

  it("a group complaint in person by 20 or more suggests a service emergency", async () => {
    const group = await lobby.post(
      "/api/complaints",
      complaintBody({ groupSize: 25, inPerson: true, representatives: [{ name: "代表甲" }] }),
    );
    expect(group.json().suggestServiceEmergency).toBe(true);
    const small = await lobby.post("/api/complaints", complaintBody({ groupSize: 19, inPerson: true }));
    expect(small.json().suggestServiceEmergency).toBe(false);
  });

  it("the staff member complained about cannot be the handler (recusal)", async () => {
    const head = await idOf(t, "user", "head.ot01");
    const res = await officer.post(
      "/api/complaints",
      complaintBody({ orgUnitId: await idOf(t, "unit", "OT01"), subjectStaffUserId: head, handlerId: head }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("handlerId");
    const ok = (
      await officer.post(
        "/api/complaints",
        complaintBody({ orgUnitId: await idOf(t, "unit", "OT01"), subjectStaffUserId: head }),
      )
    ).json();
    expect((await officer.post(`/api/complaints/${ok.id}/assign`, { handlerId: head })).statusCode).toBe(400);
    const assigned = await officer.post(`/api/complaints/${ok.id}/assign`, {
      handlerId: await idOf(t, "user", "officer.sb01"),
    });
    expect(assigned.json().handler.displayName).toBe("消保专员 李静");
  });

  it("lists filter and page with keyset cursors", async () => {
    const page1 = (await officer.get("/api/complaints?limit=2")).json();
    expect(page1.items).toHaveLength(2);
    const page2 = (await officer.get(`/api/complaints?limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2.items[0].id).toBeLessThan(page1.items[1].id);
    const electronic = (await officer.get("/api/complaints?channel=0103")).json().items;
    expect(electronic.length).toBeGreaterThan(0);
    expect(electronic.every((c: { channel: { code: string } }) => c.channel.code.startsWith("0103"))).toBe(
      true,
    );
    expect((await officer.get("/api/complaints?cursor=nonsense")).statusCode).toBe(400);
  });
});

describeEachEngine(
  "complaints: extensions with four eyes, pauses, warnings, decision and review",
  (engine) => {
    let t: TestApp;
    let officer: TestClient;
    let manager: TestClient;
    let branchManager: TestClient;
    beforeAll(async () => {
      t = await startTestApp(engine);
      const admin = await t.as("admin");
      const created = await admin.post("/api/users", {
        username: "manager.br01",
        displayName: "分行行长 周涛",
        role: "manager",
        orgUnitId: await idOf(t, "unit", "BR01"),
        password: DEMO_PASSWORD,
      });
      expect(created.statusCode).toBe(201);
    });
    afterAll(() => t.close());
    // Tests move the clock days ahead; each starts at the real time again with fresh sessions.
    beforeEach(async () => {
      t.clock.current = new Date();
      officer = await t.as("officer.sb01");
      manager = await t.as("manager.sb01");
      branchManager = await t.as("manager.br01");
    });

    const register = async (over: Record<string, unknown> = {}) => {
      const lobby = await t.as("lobby.ot01");
      const res = await lobby.post(
        "/api/complaints",
        complaintBody({ receivedAt: t.clock.now().toISOString(), ...over }),
      );
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };

    it("an extension is approved by someone else of the required level, and the deadline moves to 30 days", async () => {
      const c = await register();
      const req = await officer.post(`/api/complaints/${c.id}/extensions`, {
        reason: "需调取多方交易记录",
        level: 1,
      });
      expect(req.statusCode, req.body).toBe(200);
      const ext = req.json().extensions[0];
      expect(ext).toMatchObject({ level: 1, status: "pending", requestedBy: "消保专员 李静" });

      const own = await officer.post(`/api/complaints/${c.id}/extensions/${ext.id}/approve`, {});
      expect(own.statusCode).toBe(403);
      expect(own.json().error.message).toBe("不能审批自己提出的延期申请");
      const head = await t.as("head.ot01");
      expect((await head.post(`/api/complaints/${c.id}/extensions/${ext.id}/approve`, {})).statusCode).toBe(
        403,
      );

      const ok = await manager.post(`/api/complaints/${c.id}/extensions/${ext.id}/approve`, { note: "同意" });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ extensionLevel: 1, decisionDueAt: dueFor(c.receivedAt, 1) });
      expect(ok.json().extensions[0]).toMatchObject({ status: "approved", decidedBy: "支行行长 王强" });
      expect((await manager.post(`/api/complaints/${c.id}/extensions/${ext.id}/reject`, {})).statusCode).toBe(
        409,
      );
      const audit = await t.db
        .selectFrom("audit_log")
        .select("action")
        .where("entity_type", "=", "complaint")
        .where("entity_id", "=", String(c.id))
        .orderBy("id")
        .execute();
      expect(audit.map((a) => a.action)).toEqual([
        "complaints.register",
        "complaints.extension_request",
        "complaints.extension_approve",
      ]);
    });

    it("a second extension needs a manager of the upper-level unit; a refusal leaves the deadline", async () => {
      const c = await register();
      const first = (
        await officer.post(`/api/complaints/${c.id}/extensions`, { reason: "复杂", level: 1 })
      ).json().extensions[0];
      await manager.post(`/api/complaints/${c.id}/extensions/${first.id}/approve`, {});
      expect(
        (await officer.post(`/api/complaints/${c.id}/extensions`, { reason: "x", level: 1 })).statusCode,
      ).toBe(409);
      const second = (
        await officer.post(`/api/complaints/${c.id}/extensions`, { reason: "需外部鉴定配合", level: 2 })
      ).json().extensions[1];
      const bySubBranch = await manager.post(`/api/complaints/${c.id}/extensions/${second.id}/approve`, {});
      expect(bySubBranch.statusCode).toBe(403);
      expect(bySubBranch.json().error.message).toContain("上级机构");
      const rejected = await branchManager.post(`/api/complaints/${c.id}/extensions/${second.id}/reject`, {
        note: "材料不足",
      });
      expect(rejected.json()).toMatchObject({ extensionLevel: 1, decisionDueAt: dueFor(c.receivedAt, 1) });
      const again = (
        await officer.post(`/api/complaints/${c.id}/extensions`, { reason: "补充材料", level: 2 })
      ).json().extensions[2];
      const approved = await branchManager.post(`/api/complaints/${c.id}/extensions/${again.id}/approve`, {});
      expect(approved.json()).toMatchObject({ extensionLevel: 2, decisionDueAt: dueFor(c.receivedAt, 2) });
    });

    it("a pause for appraisal stops the clock and its days are added when it ends", async () => {
      const c = await register();
      t.clock.advanceMinutes(2 * 24 * 60);
      officer = await t.as("officer.sb01");
      const paused = await officer.post(`/api/complaints/${c.id}/pauses`, {
        reason: "appraisal",
        note: "送司法鉴定",
      });
      expect(paused.json()).toMatchObject({
        decisionDueAt: null,
        clock: { state: "paused", remainingDays: 14 },
      });
      const decide = await officer.post(`/api/complaints/${c.id}/decision`, {
        findings: "x",
        basis: "y",
        outcome: "rejected",
      });
      expect(decide.statusCode).toBe(409);
      t.clock.advanceMinutes(3 * 24 * 60);
      officer = await t.as("officer.sb01");
      const ended = await officer.post(
        `/api/complaints/${c.id}/pauses/${paused.json().pauses[0].id}/end`,
        {},
      );
      expect(ended.statusCode, ended.body).toBe(200);
      const pause = ended.json().pauses[0];
      const expected = decisionClock(
        {
          startedAt: c.receivedAt,
          extensionLevel: 0,
          pauses: [{ startedAt: pause.startedAt, endedAt: pause.endedAt }],
        },
        WEEKENDS_ONLY,
        DEFAULT_CLOCK_SETTINGS,
      );
      expect(expected).toMatchObject({ state: "running", pausedDays: 3 });
      expect(ended.json().decisionDueAt).toBe(expected.state === "running" ? expected.dueAt : "");
      expect(Date.parse(ended.json().decisionDueAt)).toBeGreaterThan(Date.parse(c.decisionDueAt));
    });

    it("warns 3 days before and on the day, and a breach is flagged and escalated one level up", async () => {
      const c = await register({ handlerId: await idOf(t, "user", "head.ot01") });
      const inbox = async (user: string) =>
        t.db
          .selectFrom("notifications")
          .select("message_key")
          .where("user_id", "=", await idOf(t, "user", user))
          .where("link", "=", `/complaints/${c.id}`)
          .execute();
      const due = Date.parse(c.decisionDueAt);
      t.clock.current = new Date(due - 3 * 86_400_000 + 60_000);
      await t.deps.scheduler.tick(t.clock.now());
      expect((await inbox("head.ot01")).map((n) => n.message_key)).toContain("notify.complaint_warning");
      expect((await inbox("officer.sb01")).map((n) => n.message_key)).toContain("notify.complaint_warning");
      t.clock.current = new Date(due + 1000);
      await t.deps.scheduler.tick(t.clock.now());
      expect((await inbox("head.ot01")).map((n) => n.message_key)).toEqual([
        "notify.complaint_assigned",
        "notify.complaint_warning",
        "notify.complaint_due_today",
        "notify.complaint_breached",
      ]);
      expect((await inbox("manager.sb01")).map((n) => n.message_key)).toEqual(["notify.complaint_breached"]);
      officer = await t.as("officer.sb01");
      const listed = (await officer.get("/api/complaints?breached=true")).json().items;
      expect(listed.find((x: { id: number }) => x.id === c.id)?.breached).toBe(true);
    });

    it("a decision with notice evidence opens the way to a review at the upper level with its own 30-day clock", async () => {
      const c = await register();
      const decided = await officer.post(`/api/complaints/${c.id}/decision`, {
        findings: "经核查，销售过程已充分揭示风险",
        basis: "产品说明书及风险揭示书",
        outcome: "partly_upheld",
        compensation: 200,
      });
      expect(decided.statusCode, decided.body).toBe(200);
      expect(decided.json()).toMatchObject({
        status: "decided",
        decision: { outcome: "partly_upheld", compensation: 200 },
      });
      expect(
        (
          await officer.post(`/api/complaints/${c.id}/review-requests`, {
            receivedAt: t.clock.now().toISOString(),
            reason: "不认可",
          })
        ).statusCode,
      ).toBe(409);
      const noticed = await officer.post(`/api/complaints/${c.id}/notices`, {
        purpose: "decision",
        channel: "sms",
        at: t.clock.now().toISOString(),
      });
      expect(noticed.json().notices[0]).toMatchObject({ channel: "sms", purpose: "decision" });
      const late = new Date(t.clock.now().getTime() + 40 * 86_400_000).toISOString();
      t.clock.advanceMinutes(41 * 24 * 60);
      officer = await t.as("officer.sb01");
      const tooLate = await officer.post(`/api/complaints/${c.id}/review-requests`, {
        receivedAt: late,
        reason: "不认可",
      });
      expect(tooLate.statusCode).toBe(400);
      expect(tooLate.json().error.field).toBe("receivedAt");
      const review = await officer.post(`/api/complaints/${c.id}/review-requests`, {
        receivedAt: c.receivedAt,
        reason: "不认可处理结果",
      });
      expect(review.statusCode, review.body).toBe(201);
      const opened = (await officer.get(`/api/complaints/${review.json().id}`)).json();
      expect(opened).toMatchObject({
        kind: "review",
        orgUnitCode: "SB01",
        reviewOf: { id: c.id },
        status: "open",
      });
      expect(opened.clock.state).toBe("running");
      const lobby = await t.as("lobby.ot01");
      expect((await lobby.get(`/api/complaints/${review.json().id}`)).statusCode).toBe(404);
    });

    it("a withdrawal stops the clock and cancels its warnings", async () => {
      const c = await register();
      const res = await officer.post(`/api/complaints/${c.id}/withdraw`, { reason: "客户撤回" });
      expect(res.json()).toMatchObject({ status: "withdrawn", clock: { state: "stopped" } });
      const pending = await t.db
        .selectFrom("due_items")
        .select("id")
        .where("subject_id", "=", c.id)
        .where("kind", "like", "complaint.%")
        .execute();
      expect(pending).toEqual([]);
    });
  },
);
