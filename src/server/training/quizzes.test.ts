import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("quizzes", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let teller: TestClient;
  let ids: Record<string, number>;
  const questions: number[] = [];
  let quizId: number;

  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    teller = await t.as("teller.ot01");
    const units = await t.db.selectFrom("org_units").select(["id", "code"]).execute();
    const users = await t.db.selectFrom("users").select(["id", "username"]).execute();
    ids = Object.fromEntries([...units.map((u) => [u.code, u.id]), ...users.map((u) => [u.username, u.id])]);
  });
  afterAll(() => t.close());

  it("an officer writes single, multiple and true/false questions", async () => {
    for (const body of [
      {
        kind: "single",
        text: "客户拒绝说明大额取现用途时，首先应当？",
        options: ["拒绝办理", "先接住情绪", "报警"],
        correct: [1],
      },
      {
        kind: "multiple",
        text: "遇到突发事件，下列哪些须第一时间做？",
        options: ["上报负责人", "保障人身安全", "发朋友圈", "保护现场"],
        correct: [0, 1, 3],
      },
      {
        kind: "true_false",
        text: "投诉处理应先处理心情再处理事情。",
        correct: [0],
        explanation: "先稳住情绪，沟通才有基础。",
      },
    ]) {
      const res = await officer.post("/api/training/questions", body);
      expect(res.statusCode, body.kind).toBe(201);
      questions.push(res.json().id);
    }
    expect((await officer.get("/api/training/questions")).json().items).toHaveLength(3);
    expect((await teller.get("/api/training/questions")).statusCode).toBe(403);
  });

  it("a malformed question names the field", async () => {
    for (const [body, field, code] of [
      [
        { kind: "single", text: "题", options: ["a", "b"], correct: [0, 1] },
        "correct",
        "training.correct_one",
      ],
      [
        { kind: "single", text: "题", options: ["a", "b"], correct: [2] },
        "correct",
        "training.correct_out_of_range",
      ],
      [
        { kind: "multiple", text: "题", options: ["a", "b"], correct: [] },
        "correct",
        "training.correct_none",
      ],
      [
        { kind: "single", text: "题", options: ["a"], correct: [0] },
        "options",
        "training.options_for_choice",
      ],
      [
        { kind: "true_false", text: "题", options: ["a", "b"], correct: [0] },
        "options",
        "training.options_for_true_false",
      ],
      [{ kind: "essay", text: "题", options: [], correct: [0] }, "kind", undefined],
    ] as const) {
      const res = await officer.post("/api/training/questions", body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field).toBe(field);
      if (code) expect(res.json().error.code).toBe(code);
    }
  });

  it("questions are drafted from a script, a rule or a published case, then edited and saved", async () => {
    const scripts = (await officer.get("/api/training/question-sources?kind=script")).json().items;
    expect(scripts).toContainEqual({ ref: "large-cash-purpose", title: "取现被问用途" });
    const fromScript = await officer.get("/api/training/question-drafts?kind=script&ref=large-cash-purpose");
    expect(fromScript.statusCode).toBe(200);
    const [better] = fromScript.json().items;
    expect(better.text).toContain("哪一句回应更好");
    // The officer sharpens the wording before saving; the draft itself is not stored.
    const saved = await officer.post("/api/training/questions", {
      ...better,
      text: `【取现】${better.text}`,
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ correct: better.correct, options: better.options });
    await t.db.deleteFrom("quiz_questions").where("id", "=", saved.json().id).execute();

    const rules = (await officer.get("/api/training/question-sources?kind=rule")).json().items;
    const noRisk = rules.find((r: { title: string }) => r.title.startsWith("宣称无风险"));
    const fromRule = (await officer.get(`/api/training/question-drafts?kind=rule&ref=${noRisk.ref}`)).json();
    expect(fromRule.items[0]).toMatchObject({ kind: "true_false", correct: [1] });
    expect(fromRule.items[0].text).toContain("“无风险”");

    const manager = await t.as("manager.sb01");
    const draftCase = await officer.post("/api/cases", {
      title: "客户误以为保险是存款",
      category: "complaint_conflict",
      outcome: "resolved_after_follow_up",
      occurredOn: "2026-03-02",
      story: "客户到期来取款，发现当年买的是保险产品而不是定期存款，情绪激动。",
      lessons: "销售时讲清产品不是存款；对老年客户做适当性评估并确认真实意愿。",
      tags: [],
      sourceKind: "manual",
    });
    const caseId = draftCase.json().id;
    // A draft case is not a source yet: the refusal names the field.
    const early = await officer.get(`/api/training/question-drafts?kind=case&ref=${caseId}`);
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ field: "ref", code: "training.material_unknown" });
    await manager.post(`/api/cases/${caseId}/publish`);
    const fromCase = (await officer.get(`/api/training/question-drafts?kind=case&ref=${caseId}`)).json();
    expect(fromCase.source.title).toContain("客户误以为保险是存款");
    const what = fromCase.items[0];
    expect(what.kind).toBe("multiple");
    expect(what.correct.map((i: number) => what.options[i])).toEqual([
      "销售时讲清产品不是存款",
      "对老年客户做适当性评估并确认真实意愿",
    ]);

    expect((await officer.get("/api/training/question-drafts?kind=rule&ref=abc")).statusCode).toBe(400);
    expect((await teller.get("/api/training/question-sources?kind=script")).statusCode).toBe(403);
  });

  it("a quiz assigned to the tellers of an outlet is graded at once, one attempt each", async () => {
    const due = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    const res = await officer.post("/api/training/quizzes", {
      title: "三月应急知识测验",
      questionIds: questions,
      orgUnitId: ids.OT01,
      roles: ["teller"],
      dueAt: due,
    });
    expect(res.statusCode).toBe(201);
    quizId = res.json().id;

    // Lobby managers are not assigned; the teller sees the questions without the answers.
    const lobby = await t.as("lobby.ot01");
    expect((await lobby.get("/api/training/quizzes")).json().items).toEqual([]);
    const notMine = await lobby.post(`/api/training/quizzes/${quizId}/attempts`, { answers: {} });
    expect(notMine.json().error.code).toBe("training.quiz_not_for_you");
    const quiz = (await teller.get(`/api/training/quizzes/${quizId}`)).json();
    expect(quiz.questions).toHaveLength(3);
    expect(quiz.questions[0].correct).toBeUndefined();

    const stray = await teller.post(`/api/training/quizzes/${quizId}/attempts`, { answers: { 99999: [0] } });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().error.field).toBe("answers.99999");

    const [single, multiple, trueFalse] = questions;
    const submitted = await teller.post(`/api/training/quizzes/${quizId}/attempts`, {
      answers: { [single]: [1], [multiple]: [0, 1], [trueFalse]: [0] },
    });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json()).toMatchObject({ score: 67, right: 2, total: 3 });
    const again = await teller.post(`/api/training/quizzes/${quizId}/attempts`, { answers: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("training.quiz_taken");
    const after = (await teller.get(`/api/training/quizzes/${quizId}`)).json();
    expect(after.myScore).toBe(67);
    expect(after.questions[2]).toMatchObject({ correct: [0], explanation: "先稳住情绪，沟通才有基础。" });
  });

  it("results list every teller assigned, with or without a score", async () => {
    const res = (await officer.get(`/api/training/quizzes/${quizId}/results`)).json();
    expect(res.results.map((r: { id: number; score: number | null }) => [r.id, r.score])).toEqual([
      [ids["teller.ot01"], 67],
      [ids["teller2.ot01"], null],
    ]);
    expect(res.averageScore).toBe(67);
    const file = await officer.get(`/api/training/quizzes/${quizId}/results.xlsx`);
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0]
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1, 4));
    expect(rows).toEqual([
      ["柜员 陈晨", "人民路网点", 67],
      ["柜员 杨帆", "人民路网点", "未参加"],
      ["平均分", undefined, 67],
    ]);
    expect((await teller.get(`/api/training/quizzes/${quizId}/results.xlsx`)).statusCode).toBe(403);
    const exported = await t.db
      .selectFrom("audit_log")
      .select("actor_username")
      .where("action", "=", "training.quiz_results_export")
      .execute();
    expect(exported).toEqual([{ actor_username: "officer.sb01" }]);
    expect((await teller.get(`/api/training/quizzes/${quizId}/results`)).statusCode).toBe(403);
    expect((await (await t.as("head.ot02")).get(`/api/training/quizzes/${quizId}/results`)).statusCode).toBe(
      404,
    );
  });

  it("a quiz past its due time is closed; a quiz of unknown questions is refused", async () => {
    t.clock.advanceMinutes(25 * 60);
    const late = await (await t.as("teller2.ot01")).post(`/api/training/quizzes/${quizId}/attempts`, {
      answers: {},
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("training.quiz_overdue");
    officer = await t.as("officer.sb01");
    const bad = await officer.post("/api/training/quizzes", { title: "x", questionIds: [424242] });
    expect(bad.json().error).toMatchObject({ field: "questionIds", code: "training.question_unknown" });
    const past = await officer.post("/api/training/quizzes", {
      title: "x",
      questionIds: questions,
      dueAt: "2020-01-01T00:00:00Z",
    });
    expect(past.json().error.field).toBe("dueAt");
  });

  it("a session's quiz results leave out the session's trainer", async () => {
    const at = (m: number) => new Date(t.clock.now().getTime() + m * 60_000).toISOString();
    const session = (
      await officer.post("/api/training/sessions", {
        kind: "evening",
        topic: "夕会测验",
        orgUnitId: ids.OT01,
        trainerId: ids["head.ot01"],
        startsAt: at(60),
        endsAt: at(90),
      })
    ).json();
    const quiz = (
      await officer.post("/api/training/quizzes", {
        title: "夕会随堂",
        questionIds: questions,
        sessionId: session.id,
      })
    ).json();
    const people = (await officer.get(`/api/training/quizzes/${quiz.id}/results`)).json().results;
    const listed = people.map((p: { id: number }) => p.id);
    expect(listed).toContain(ids["teller.ot01"]);
    expect(listed).not.toContain(ids["head.ot01"]);
  });

  it("training's endpoints are in the OpenAPI document", async () => {
    const openapi = (await (await t.as("teller.ot01")).get("/docs/json")).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        "/api/training/sessions",
        "/api/training/sessions/{id}/files",
        "/api/training/sessions/{id}/files/{fileId}",
        "/api/training/questions",
        "/api/training/question-sources",
        "/api/training/question-drafts",
        "/api/training/quizzes",
        "/api/training/quizzes/{id}/results.xlsx",
        "/api/training/records/{userId}",
        "/api/assessment/scorecards",
        "/api/accountability/records",
      ]),
    );
  });
});
