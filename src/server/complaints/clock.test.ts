import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { WEEKENDS_ONLY } from "../../domain/calendar/business-calendar.ts";
import { DEFAULT_CLOCK_SETTINGS, decisionClock } from "../../domain/complaints/deadline.ts";
import { complaintBody, dueFor } from "./test-fixtures.ts";

describeEachEngine(
  "complaints: extensions with four eyes, pauses, warnings, decision and review",
  (engine) => {
    let t: TestApp;
    let officer: TestClient;
    let manager: TestClient;
    let branchManager: TestClient;
    beforeAll(async () => {
      t = await startTestApp(engine);
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
      // The requester is never offered the decision; a manager of the handling sub-branch is.
      expect(ext).toMatchObject({
        level: 1,
        status: "pending",
        requestedBy: "消保专员 李静",
        mayDecide: false,
      });
      const seen = (await manager.get(`/api/complaints/${c.id}`)).json().extensions[0];
      expect(seen.mayDecide).toBe(true);

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
      expect(ok.json().extensions[0]).toMatchObject({
        status: "approved",
        decidedBy: "支行行长 王强",
        note: "同意",
      });
      const again = await manager.post(`/api/complaints/${c.id}/extensions/${ext.id}/reject`, {
        note: "重复",
      });
      expect(again.statusCode).toBe(409);
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
      const bare = await branchManager.post(`/api/complaints/${c.id}/extensions/${second.id}/reject`, {
        note: "  ",
      });
      expect(bare.statusCode).toBe(400);
      expect(bare.json().error.field).toBe("note");
      const rejected = await branchManager.post(`/api/complaints/${c.id}/extensions/${second.id}/reject`, {
        note: "材料不足",
      });
      expect(rejected.json().extensions[1]).toMatchObject({
        status: "rejected",
        note: "材料不足",
        mayDecide: false,
      });
      const refusal = await t.db
        .selectFrom("audit_log")
        .select("after_json")
        .where("action", "=", "complaints.extension_reject")
        .where("entity_id", "=", String(c.id))
        .executeTakeFirstOrThrow();
      expect(JSON.parse(refusal.after_json ?? "{}")).toMatchObject({ note: "材料不足" });
      expect(rejected.json()).toMatchObject({ extensionLevel: 1, decisionDueAt: dueFor(c.receivedAt, 1) });
      const again = (
        await officer.post(`/api/complaints/${c.id}/extensions`, { reason: "补充材料", level: 2 })
      ).json().extensions[2];
      const approved = await branchManager.post(`/api/complaints/${c.id}/extensions/${again.id}/approve`, {});
      expect(approved.json()).toMatchObject({ extensionLevel: 2, decisionDueAt: dueFor(c.receivedAt, 2) });
    });

    it("only an approver reaches an extension decision: others are refused before the complaint is read", async () => {
      const c = await register();
      const ext = (
        await officer.post(`/api/complaints/${c.id}/extensions`, { reason: "需调取交易记录", level: 1 })
      ).json().extensions[0];
      const lobby = await t.as("lobby.ot01");
      for (const verb of ["approve", "reject"]) {
        // Neither an unknown extension (404) nor the complaint's status (409) may answer before the guard.
        const unknown = await lobby.post(`/api/complaints/${c.id}/extensions/999999/${verb}`, {
          note: "同意",
        });
        expect(unknown.statusCode, unknown.body).toBe(403);
        const real = await lobby.post(`/api/complaints/${c.id}/extensions/${ext.id}/${verb}`, {
          note: "同意",
        });
        expect(real.statusCode, real.body).toBe(403);
      }
      await officer.post(`/api/complaints/${c.id}/withdraw`, { reason: "客户撤回" });
      const auditor = await t.as("auditor");
      const late = await auditor.post(`/api/complaints/${c.id}/extensions/${ext.id}/reject`, {
        note: "不同意",
      });
      expect(late.statusCode, late.body).toBe(403);
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
      // An officer further up the tree than SB01's: warnings go to the nearest officers only.
      const officerSb01 = await t.db
        .selectFrom("users")
        .selectAll()
        .where("username", "=", "officer.sb01")
        .executeTakeFirstOrThrow();
      const { id: _, ...fields } = officerSb01;
      await t.db
        .insertInto("users")
        .values({ ...fields, username: "officer.br01", org_unit_id: await idOf(t, "unit", "BR01") })
        .execute();
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
      expect(await inbox("officer.br01")).toEqual([]);
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
