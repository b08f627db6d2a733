import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

/**
 * June 2026 at the demo's SB01. OT01 has 6 staff, OT02 3, OT03 none. Hand-computed figures:
 * - 晨会 for OT01 (30 min) signed by 3 of OT01's 6; 周会 for SB01 (60 min) signed by 1 of OT01's 6 and 2 of
 *   OT02's 3. Attendance OT01 4/12 = 33.3, OT02 2/3 = 66.7. Hours OT01 0.5×3 + 1 = 2.5 of 6×2 → 20.8;
 *   OT02 2 of 3×2 → 33.3.
 * - Quiz at OT01: 100 and 50 → 75.
 * - Replies practised at OT01: 60 (needs work) and 90 (good) → 75; one in May does not count.
 * - One drill at OT01 (1 of 12 categories → 8.3), evaluated 80.
 * - Two real incidents at OT01, one acknowledged in time → 50.
 * - Two complaints at OT01 decided in June, one past its deadline (50), one a repeat (50).
 * OT01 total: (15×33.3 + 10×20.8 + 15×75 + 10×75 + 10×8.3 + 10×80 + 15×50 + 10×50 + 10×50) / 105
 *   = 5215.5 / 105 = 49.7.
 * OT02 total: (15×66.7 + 10×33.3 + 10×0 drill coverage) / 35 = 38.1. OT03 (no staff): drill coverage 0 alone.
 */
describeEachEngine("outlet scorecard", (engine) => {
  let t: TestApp;
  let ids: Record<string, number>;
  let manager: TestClient;

  const signInAll = async (officer: TestClient, sessionId: number, usernames: string[]) => {
    const code = (await officer.get(`/api/training/sessions/${sessionId}/sign-in-code`)).json();
    for (const u of usernames)
      expect((await (await t.as(u)).post("/api/training/sign-in", { token: code.token })).statusCode, u).toBe(
        200,
      );
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    t.clock.current = new Date("2026-06-15T02:00:00Z");
    const units = await t.db.selectFrom("org_units").select(["id", "code"]).execute();
    const users = await t.db.selectFrom("users").select(["id", "username"]).execute();
    ids = Object.fromEntries([...units.map((u) => [u.code, u.id]), ...users.map((u) => [u.username, u.id])]);
    manager = await t.as("manager.sb01");
    const before = (await manager.get("/api/assessment/scorecards?month=2026-06")).json();
    // Nothing done yet is no training and no drill: 0, not "nothing to count".
    expect(before.outlets.map((o: { total: number | null }) => o.total)).toEqual([0, 0, 0]);

    const officer = await t.as("officer.sb01");
    const at = (minutes: number) => new Date(t.clock.now().getTime() + minutes * 60_000).toISOString();
    const session = async (kind: string, orgUnitId: number, minutes: number) =>
      (
        await officer.post("/api/training/sessions", {
          kind,
          topic: kind,
          orgUnitId,
          startsAt: at(0),
          endsAt: at(minutes),
        })
      ).json().id;
    await signInAll(officer, await session("morning", ids.OT01, 30), [
      "teller.ot01",
      "teller2.ot01",
      "lobby.ot01",
    ]);
    await signInAll(officer, await session("weekly", ids.SB01, 60), [
      "teller.ot01",
      "head.ot02",
      "teller.ot02",
    ]);

    const q1 = (
      await officer.post("/api/training/questions", {
        kind: "true_false",
        text: "谣言要先上报。",
        correct: [0],
      })
    ).json().id;
    const q2 = (
      await officer.post("/api/training/questions", {
        kind: "true_false",
        text: "可以向客户承诺收益。",
        correct: [1],
      })
    ).json().id;
    const quiz = (
      await officer.post("/api/training/quizzes", {
        title: "六月测验",
        questionIds: [q1, q2],
        orgUnitId: ids.OT01,
      })
    ).json().id;
    await (await t.as("teller.ot01")).post(`/api/training/quizzes/${quiz}/attempts`, {
      answers: { [q1]: [0], [q2]: [1] },
    });
    await (await t.as("teller2.ot01")).post(`/api/training/quizzes/${quiz}/attempts`, {
      answers: { [q1]: [0], [q2]: [0] },
    });

    const practised = (username: string, score: number, createdAt: string) => ({
      user_id: ids[username],
      org_unit_id: ids.OT01,
      scenario_id: "large-cash-purpose",
      scenario_version: "test",
      scenario_version_id: null,
      reply: "您好，请问这笔钱做什么用？",
      score,
      verdict: score >= 80 ? ("good" as const) : ("needs_work" as const),
      feedback_json: JSON.stringify({ findings: [], elements: [] }),
      created_at: createdAt,
    });
    await t.db
      .insertInto("practice_attempts")
      .values([
        practised("teller.ot01", 60, "2026-06-15T02:00:00.000Z"),
        practised("teller2.ot01", 90, "2026-06-15T02:05:00.000Z"),
        practised("teller2.ot01", 10, "2026-05-31T15:59:00.000Z"),
      ])
      .execute();

    const lobby = await t.as("lobby.ot01");
    const head = await t.as("head.ot01");
    const drill = (
      await lobby.post("/api/incidents", { category: "disaster_epidemic", summary: "防汛演练", drill: true })
    ).json();
    const real = (
      await lobby.post("/api/incidents", { category: "system_failure", summary: "叫号系统宕机" })
    ).json();
    await lobby.post("/api/incidents", { category: "system_failure", summary: "网银无法登录" });
    t.clock.advanceMinutes(3);
    await head.post(`/api/incidents/${real.id}/transitions`, { action: "acknowledge" });
    for (const action of ["acknowledge", "respond", "stabilise"])
      await head.post(`/api/incidents/${drill.id}/transitions`, { action });
    const evaluated = await head.post("/api/training/drill-evaluations", {
      incidentId: drill.id,
      stepScores: { gather: 5, analyse: 4, calm: 4, respond: 3, follow_up: 4 },
    });
    expect(evaluated.json().score).toBe(80);

    const complaints = [];
    for (let i = 0; i < 2; i++) {
      const res = await lobby.post(
        "/api/complaints",
        complaintBody({ receivedAt: t.clock.now().toISOString() }),
      );
      expect(res.statusCode, res.body).toBe(201);
      complaints.push(res.json().id);
    }
    const now = t.clock.now().toISOString();
    await t.db
      .updateTable("complaints")
      .set({ decided_at: now, breached_at: null, repeat_of_id: null })
      .where("id", "=", complaints[0])
      .execute();
    await t.db
      .updateTable("complaints")
      .set({ decided_at: now, breached_at: now, repeat_of_id: complaints[0] })
      .where("id", "=", complaints[1])
      .execute();
    manager = await t.as("manager.sb01");
  });
  afterAll(() => t.close());

  it("scores each outlet as computed by hand, and ranks them", async () => {
    const res = await manager.get("/api/assessment/scorecards?month=2026-06");
    expect(res.statusCode).toBe(200);
    const [ot01, ot02, ot03] = res.json().outlets;
    const scores = (o: { metrics: { metric: string; score: number | null }[] }) =>
      Object.fromEntries(o.metrics.map((m) => [m.metric, m.score]));
    expect(scores(ot01)).toEqual({
      attendance: 33.3,
      training_hours: 20.8,
      quiz_score: 75,
      practice_score: 75,
      drill_coverage: 8.3,
      drill_evaluation: 80,
      complaints_on_time: 50,
      complaints_not_repeated: 50,
      incident_ack_on_time: 50,
      counter_follow_up: null,
    });
    expect(ot01.metrics[0]).toMatchObject({ numerator: 4, denominator: 12, weight: 15 });
    expect(ot01.metrics[1]).toMatchObject({ numerator: 2.5, denominator: 12 });
    expect(ot01).toMatchObject({ code: "OT01", total: 49.7, rank: 1 });
    expect(scores(ot02)).toMatchObject({
      attendance: 66.7,
      training_hours: 33.3,
      quiz_score: null,
      drill_coverage: 0,
    });
    expect(ot02).toMatchObject({ total: 38.1, rank: 2 });
    expect(scores(ot03)).toMatchObject({ attendance: null, training_hours: null, drill_coverage: 0 });
    expect(ot03).toMatchObject({ total: 0, rank: 3 });
  });

  it("shows the records behind a figure", async () => {
    const res = await manager.get(
      `/api/assessment/scorecards/${ids.OT01}/detail?month=2026-06&metric=attendance`,
    );
    const d = res.json();
    expect(d.figure).toMatchObject({ score: 33.3, numerator: 4, denominator: 12 });
    expect(d.rows).toHaveLength(12);
    expect(d.rows.filter((r: { counts: boolean }) => r.counts)).toHaveLength(4);
    const complaints = (
      await manager.get(
        `/api/assessment/scorecards/${ids.OT01}/detail?month=2026-06&metric=complaints_on_time`,
      )
    ).json();
    expect(complaints.rows.map((r: { ref: string; counts: boolean }) => r.counts)).toEqual([true, false]);
    expect(complaints.rows[0].ref).toMatch(/^CMP-/);
    const practice = (
      await manager.get(`/api/assessment/scorecards/${ids.OT01}/detail?month=2026-06&metric=practice_score`)
    ).json();
    expect(practice.figure).toMatchObject({ score: 75, numerator: 150, denominator: 200 });
    expect(practice.rows.map((r: { text: string; counts: boolean }) => [r.text, r.counts])).toEqual([
      ["柜员 陈晨 60", false],
      ["柜员 杨帆 90", true],
    ]);
    const bad = await manager.get(
      `/api/assessment/scorecards/${ids.OT01}/detail?month=2026-13&metric=attendance`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("month");
  });

  it("follows the weights an administrator sets; only an administrator sets them, audited", async () => {
    const admin = await t.as("admin");
    const weights = Object.fromEntries(
      [
        "attendance",
        "training_hours",
        "quiz_score",
        "practice_score",
        "drill_coverage",
        "drill_evaluation",
        "complaints_on_time",
        "complaints_not_repeated",
        "incident_ack_on_time",
        "counter_follow_up",
      ].map((m) => [m, 0]),
    );
    const zero = await admin.request("PUT", "/api/assessment/settings", { weights, targetHoursPerMonth: 2 });
    expect(zero.json().error).toMatchObject({ field: "weights", code: "assessment.weights_zero" });
    expect(
      (
        await manager.request("PUT", "/api/assessment/settings", {
          weights: { ...weights, quiz_score: 1 },
          targetHoursPerMonth: 2,
        })
      ).statusCode,
    ).toBe(403);
    const set = await admin.request("PUT", "/api/assessment/settings", {
      weights: { ...weights, quiz_score: 1, attendance: 2 },
      targetHoursPerMonth: 2,
    });
    expect(set.statusCode, set.body).toBe(200);
    const [ot01, ot02] = (await manager.get("/api/assessment/scorecards?month=2026-06")).json().outlets;
    // OT01: (2×33.3 + 75) / 3; OT02 has no quiz score, so attendance alone; OT03 has neither.
    const [, , ot03] = (await manager.get("/api/assessment/scorecards?month=2026-06")).json().outlets;
    expect([ot01.total, ot01.rank, ot02.total, ot02.rank, ot03.total, ot03.rank]).toEqual([
      47.2,
      2,
      66.7,
      1,
      null,
      null,
    ]);
    const audit = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "assessment.weights_update")
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("is scoped: an outlet head sees its own outlet, staff see none", async () => {
    const own = (await (await t.as("head.ot01")).get("/api/assessment/scorecards?month=2026-06")).json();
    expect(own.outlets.map((o: { code: string }) => o.code)).toEqual(["OT01"]);
    expect((await (await t.as("teller.ot01")).get("/api/assessment/scorecards")).statusCode).toBe(403);
    expect(
      (await (await t.as("head.ot02")).get(`/api/assessment/scorecards/${ids.OT01}/detail?metric=attendance`))
        .statusCode,
    ).toBe(404);
    const trend = (await manager.get("/api/assessment/scorecards/trend?month=2026-06&months=2")).json();
    expect(trend.months).toEqual(["2026-05", "2026-06"]);
    expect(trend.outlets[1].totals).toEqual([null, 66.7]);
  });
});
