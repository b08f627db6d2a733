import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("training record", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let teller: TestClient;
  let ids: Record<string, number>;
  const year = () =>
    Number(
      new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(t.clock.now()),
    );

  beforeAll(async () => {
    t = await startTestApp(engine);
    // Mid-year, so that the sessions below fall in one local year.
    t.clock.current = new Date("2026-06-15T02:00:00Z");
    officer = await t.as("officer.sb01");
    teller = await t.as("teller.ot01");
    const units = await t.db.selectFrom("org_units").select(["id", "code"]).execute();
    const users = await t.db.selectFrom("users").select(["id", "username"]).execute();
    ids = Object.fromEntries([...units.map((u) => [u.code, u.id]), ...users.map((u) => [u.username, u.id])]);

    // Two sessions attended (30 and 90 minutes), a quiz taken, a drill worked.
    for (const [kind, minutes] of [
      ["morning", 30],
      ["topical", 90],
    ] as const) {
      const now = t.clock.now().getTime();
      const s = (
        await officer.post("/api/training/sessions", {
          kind,
          topic: `培训 ${kind}`,
          orgUnitId: ids.OT01,
          startsAt: new Date(now).toISOString(),
          endsAt: new Date(now + minutes * 60_000).toISOString(),
        })
      ).json();
      const code = (await officer.get(`/api/training/sessions/${s.id}/sign-in-code`)).json();
      const signed = await teller.post("/api/training/sign-in", { token: code.token });
      expect(signed.statusCode, signed.body).toBe(200);
      // The next session starts after this one has ended; both clients stay signed in (30 minutes idle).
      for (let m = 0; m < minutes + 20; m += 20) {
        t.clock.advanceMinutes(20);
        await teller.get("/api/training/sessions");
        await officer.get("/api/training/sessions");
      }
    }
    const q = (
      await officer.post("/api/training/questions", {
        kind: "true_false",
        text: "发现谣言应第一时间上报。",
        correct: [0],
      })
    ).json();
    const quiz = (
      await officer.post("/api/training/quizzes", {
        title: "谣言应对",
        questionIds: [q.id],
        orgUnitId: ids.OT01,
      })
    ).json();
    await teller.post(`/api/training/quizzes/${quiz.id}/attempts`, { answers: { [q.id]: [0] } });
    const drill = (
      await teller.post("/api/incidents", { category: "disaster_epidemic", summary: "防汛演练", drill: true })
    ).json();
    expect(drill.drill).toBe(true);
    await teller.post("/api/incidents", { category: "disaster_epidemic", summary: "真实积水" });
    const practised = await teller.post("/api/scripts/demand-manager/practice", {
      reply:
        "给您带来了不好的服务体验，真的很抱歉。我是这里的大堂经理，我姓陈，您的问题我可以处理，麻烦您把情况跟我详细说说。",
    });
    expect(practised.statusCode, practised.body).toBe(200);
  });
  afterAll(() => t.close());

  it("lists the year's sessions, hours, quiz scores and drills of the person", async () => {
    const res = await teller.get(`/api/training/records/${ids["teller.ot01"]}?year=${year()}`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ year: 2026, hours: 2, user: { name: "柜员 陈晨", orgUnitName: "人民路网点" } });
    expect(r.sessions.map((s: { kind: string; hours: number }) => [s.kind, s.hours])).toEqual([
      ["morning", 0.5],
      ["topical", 1.5],
    ]);
    expect(r.quizzes).toMatchObject([{ title: "谣言应对", score: 100 }]);
    expect(r.drills).toHaveLength(1);
    expect(r.practice).toMatchObject([
      { scenarioId: "demand-manager", title: "客户要求见领导", verdict: "good" },
    ]);
    expect((await teller.get(`/api/training/records/${ids["teller.ot01"]}?year=2025`)).json().hours).toBe(0);
  });

  it("is read by the person and their managers only", async () => {
    const url = `/api/training/records/${ids["teller.ot01"]}`;
    for (const who of ["head.ot01", "manager.sb01", "officer.sb01"])
      expect((await (await t.as(who)).get(url)).statusCode, who).toBe(200);
    for (const who of ["teller2.ot01", "lobby.ot01", "head.ot02", "lobby.ot04"])
      expect((await (await t.as(who)).get(url)).statusCode, who).toBe(404);
  });

  it("exports the record as .xlsx, audited", async () => {
    const head = await t.as("head.ot01");
    const res = await head.get(`/api/training/records/${ids["teller.ot01"]}/export.xlsx?year=2026`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["培训学时", "培训", "测验", "演练", "话术练习"]);
    const practised = book.worksheets[4].getRow(2).values as unknown[];
    expect(practised.slice(1, 4)).toEqual(["客户要求见领导", expect.any(Number), "回答得好"]);
    expect(book.worksheets[0].getRow(4).values).toEqual([undefined, "培训学时", 2]);
    expect(book.worksheets[1].rowCount).toBe(3);
    expect(book.worksheets[1].getRow(2).getCell(2).value).toBe("晨会");
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["actor_username", "entity_id"])
      .where("action", "=", "training.record_export")
      .execute();
    expect(audit).toEqual([{ actor_username: "head.ot01", entity_id: String(ids["teller.ot01"]) }]);
    expect((await teller2(t)).statusCode).toBe(404);
  });

  const teller2 = async (app: TestApp) =>
    (await app.as("teller2.ot01")).get(`/api/training/records/${ids["teller.ot01"]}/export.xlsx`);
});
