import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { multipart } from "../../../test/uploads.ts";
import { localDateOf } from "../../domain/calendar/dates.ts";
import { DEMO_PASSWORD } from "../seed/demo.ts";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

interface Item {
  id: number;
  position: number;
  code: string;
  weight: number;
}

describeEachEngine("the annual self-evaluation", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let preparer: TestClient;
  let signer: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.as("admin");
    preparer = await t.as("manager.br01");
    const created = await admin.post("/api/users", {
      username: "manager2.br01",
      displayName: "分行行长 孙涛",
      role: "manager",
      orgUnitId: await idOf(t, "unit", "BR01"),
      password: DEMO_PASSWORD,
    });
    expect(created.statusCode).toBe(201);
    signer = await t.as("manager2.br01");
  });
  afterAll(() => t.close());

  const year = () => Number(localDateOf(t.clock.now(), t.deps.config.timeZone).slice(0, 4));
  const score = (client: TestClient, id: number, item: Item, value: number | null, comment?: string) =>
    client.request("PUT", `/api/self-evaluations/${id}/items/${item.id}`, { score: value, comment });
  const auditOf = (id: number) =>
    t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", "self_evaluation")
      .where("entity_id", "=", String(id))
      .orderBy("id")
      .execute()
      .then((rows) => rows.map((r) => r.action));

  it("the rating sheet is data: our default weighs 100 points, an administrator edits it", async () => {
    const items = (await preparer.get("/api/self-evaluations/elements")).json().items;
    expect(items.reduce((n: number, e: { weight: number }) => n + e.weight, 0)).toBe(100);
    expect(items.find((e: { code: string }) => e.code === "complaints")).toMatchObject({
      sources: ["complaints"],
    });
    const element = {
      code: "extra_check",
      titleZh: "附加检查",
      titleEn: "Extra check",
      weight: 5,
      evidenceZh: "",
      evidenceEn: "",
      sources: [],
      position: 999,
    };
    expect((await preparer.post("/api/self-evaluations/elements", element)).statusCode).toBe(403);
    const bad = await admin.post("/api/self-evaluations/elements", { ...element, weight: 0 });
    expect(bad.json().error.field).toBe("weight");
    const added = await admin.post("/api/self-evaluations/elements", element);
    expect(added.statusCode).toBe(201);
    const off = await admin.patch(`/api/self-evaluations/elements/${added.json().id}`, { enabled: false });
    expect(off.json().enabled).toBe(false);
  });

  it("a branch scores each element with evidence; a second manager signs it off beside last year's", async () => {
    expect(
      (await (await t.as("officer.sb01")).post("/api/self-evaluations", { year: year() })).json().error.code,
    ).toBe("self_evaluations.unit_kind");
    expect(
      (await (await t.as("teller.ot01")).post("/api/self-evaluations", { year: year() })).statusCode,
    ).toBe(403);

    // Last year's, signed off.
    const last = (await preparer.post("/api/self-evaluations", { year: year() - 1 })).json();
    for (const item of last.items as Item[]) await score(preparer, last.id, item, item.weight - 2);
    expect((await signer.post(`/api/self-evaluations/${last.id}/sign-off`)).json()).toMatchObject({
      status: "signed_off",
      draftScore: 84,
    });

    // Something for the evidence: an inspection in the branch this year.
    const officer = await t.as("officer.sb01");
    const ins = (await officer.post("/api/inspections", { orgUnitId: await idOf(t, "unit", "OT01") })).json();
    for (const r of ins.results)
      await officer.request("PUT", `/api/inspections/${ins.id}/results/${r.id}`, { outcome: "pass" });
    await officer.post(`/api/inspections/${ins.id}/submit`, {});

    const created = await preparer.post("/api/self-evaluations", { year: year() });
    expect(created.statusCode).toBe(201);
    const ev = created.json();
    expect(ev).toMatchObject({ status: "draft", draftScore: 0, maxScore: 100, allowedActions: ["edit"] });
    expect(ev.items.map((i: Item) => i.code)).not.toContain("extra_check");
    expect(ev.lastYear).toMatchObject({ id: last.id, draftScore: 84, status: "signed_off" });
    expect(ev.evidence.inspections).toMatchObject({ submitted: 1, failedItems: 0, openRectifications: 0 });
    expect(ev.lastYearEvidence.inspections).toMatchObject({ submitted: 0 });
    const again = await preparer.post("/api/self-evaluations", { year: year() });
    expect(again.json().error).toMatchObject({ code: "self_evaluations.exists", field: "year" });
    expect((await (await t.as("manager.sb01")).get(`/api/self-evaluations/${ev.id}`)).statusCode).toBe(404);

    const [first, ...rest] = ev.items as Item[];
    const above = await score(preparer, ev.id, first, first.weight + 1);
    expect(above.json().error).toMatchObject({ code: "self_evaluations.score_above_weight", field: "score" });
    const scored = await score(preparer, ev.id, first, 12, "董事会已审议年度消保报告");
    expect(scored.json().items[0]).toMatchObject({
      score: 12,
      comment: "董事会已审议年度消保报告",
      lastYearScore: first.weight - 2,
    });

    const pdf = multipart("董事会决议.pdf", PDF, "application/pdf");
    const url = `/api/self-evaluations/${ev.id}/items/${first.id}/files`;
    expect((await preparer.request("POST", url, pdf.body, pdf.contentType)).statusCode).toBe(201);
    const text = multipart("notes.pdf", Buffer.from("just text"), "application/pdf");
    const refused = await preparer.request("POST", url, text.body, text.contentType);
    expect(refused.json().error).toMatchObject({ code: "self_evaluations.file_type", field: "file" });

    const own = await preparer.post(`/api/self-evaluations/${ev.id}/sign-off`);
    expect(own.json().error.code).toBe("self_evaluations.self_sign_off");
    const early = await signer.post(`/api/self-evaluations/${ev.id}/sign-off`);
    expect(early.json().error).toMatchObject({ code: "self_evaluations.unscored", field: "items.2.score" });
    for (const item of rest) await score(preparer, ev.id, item, item.weight);
    const signed = await signer.post(`/api/self-evaluations/${ev.id}/sign-off`);
    expect(signed.json()).toMatchObject({
      status: "signed_off",
      draftScore: 12 + 100 - first.weight,
      signedOffBy: { displayName: "分行行长 孙涛" },
      allowedActions: [],
    });
    const frozen = await score(preparer, ev.id, first, 1);
    expect(frozen.json().error.code).toBe("self_evaluations.signed_off");

    const detail = (await signer.get(`/api/self-evaluations/${ev.id}`)).json();
    const file = await signer.get(`/api/self-evaluations/${ev.id}/files/${detail.items[0].files[0].id}`);
    expect(file.headers["content-type"]).toBe("application/pdf");
    const actions = await auditOf(ev.id);
    expect(actions[0]).toBe("self_evaluations.create");
    expect(actions).toContain("self_evaluations.file_add");
    expect(actions.at(-1)).toBe("self_evaluations.sign_off");
  });

  it("the training element points to the year's training records: hours, attendance, quiz scores", async () => {
    const officer = await t.as("officer.sb01");
    const teller = await t.as("teller.ot01");
    const at = (minutes: number) => new Date(t.clock.now().getTime() + minutes * 60_000).toISOString();
    const session = (
      await officer.post("/api/training/sessions", {
        kind: "morning",
        topic: "反诈问用途",
        orgUnitId: await idOf(t, "unit", "OT01"),
        startsAt: at(-5),
        endsAt: at(85),
      })
    ).json();
    const code = (await officer.get(`/api/training/sessions/${session.id}/sign-in-code`)).json();
    expect((await teller.post("/api/training/sign-in", { token: code.token })).statusCode).toBe(200);
    const question = (
      await officer.post("/api/training/questions", {
        kind: "true_false",
        text: "可以承诺保本。",
        correct: [1],
      })
    ).json();
    const quiz = (
      await officer.post("/api/training/quizzes", {
        title: "随堂",
        questionIds: [question.id],
        sessionId: session.id,
      })
    ).json();
    await teller.post(`/api/training/quizzes/${quiz.id}/attempts`, { answers: { [question.id]: [1] } });
    await (await t.as("lobby.ot01")).post(`/api/training/quizzes/${quiz.id}/attempts`, {
      answers: { [question.id]: [0] },
    });

    // By hand: everyone active at OT01 is expected (the trainer works at the sub-branch), one signed in for
    // 1.5 hours; two quizzes, 100 and 0.
    const ot01 = await t.db
      .selectFrom("users")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .select("users.id")
      .where("org_units.code", "=", "OT01")
      .where("users.disabled_at", "is", null)
      .execute();
    const branch = await t.db
      .selectFrom("org_units")
      .select("path")
      .where("code", "=", "BR01")
      .executeTakeFirstOrThrow();
    const br01 = await t.db
      .selectFrom("users")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .select("users.id")
      .where("org_units.path", "like", `${branch.path}%`)
      .where("users.disabled_at", "is", null)
      .execute();
    const list = (await preparer.get(`/api/self-evaluations?year=${year()}`)).json().items;
    const ev = (await preparer.get(`/api/self-evaluations/${list[0].id}`)).json();
    expect(ev.evidence.training).toEqual({
      sessions: 1,
      expected: ot01.length,
      signIns: 1,
      attendanceRate: Math.round(100 / ot01.length),
      hours: 1.5,
      staff: br01.length,
      hoursPerPerson: Math.round((1.5 / br01.length) * 10) / 10,
      quizAttempts: 2,
      averageQuizScore: 50,
    });
    const element = ev.items.find((i: { code: string }) => i.code === "training_supervision");
    expect(element.sources).toEqual(["training", "inspections"]);
  });

  it("its endpoints are in the OpenAPI document", async () => {
    const openapi = (await (await t.as("teller.ot01")).get("/docs/json")).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(["/api/self-evaluations", "/api/self-evaluations/{id}/sign-off"]),
    );
  });
});
