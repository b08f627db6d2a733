import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("DISC self-test", (engine) => {
  let t: TestApp;
  let teller: TestClient;
  let tellerId: number;
  let answers: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    teller = await t.as("teller.ot01");
    tellerId = (
      await t.db
        .selectFrom("users")
        .select("id")
        .where("username", "=", "teller.ot01")
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t.close());

  it("a teller answers every question and gets their style with what it means at the counter", async () => {
    const { questions } = (await teller.get("/api/training/disc/questions")).json();
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(questions[0].options).sort()).toEqual(["C", "D", "I", "S"]);
    answers = Object.fromEntries(questions.map((q: { id: string }, i: number) => [q.id, i < 5 ? "S" : "D"]));
    const missing = { ...answers };
    delete missing[questions[2].id];
    const bad = await teller.post("/api/training/disc", { answers: missing });
    expect(bad.json().error).toMatchObject({
      code: "training.disc_unanswered",
      field: `answers.${questions[2].id}`,
    });

    const res = await teller.post("/api/training/disc", { answers });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      style: "S",
      scores: { S: 5, D: questions.length - 5 },
      shared: false,
    });
    expect(res.json().watch).toContain("支配型");
    expect((await teller.get("/api/training/disc/me")).json().result.style).toBe("S");
    // The audit trail says it was taken, not what was answered.
    const audit = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "training.disc_taken")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].after_json).toBeNull();
  });

  it("stays private until the person shares it, and then only with their managers", async () => {
    const head = await t.as("head.ot01");
    expect((await head.get(`/api/training/disc/${tellerId}`)).statusCode).toBe(404);
    expect(
      (await teller.request("PUT", "/api/training/disc/me/share", { shared: true })).json().result.shared,
    ).toBe(true);
    expect((await head.get(`/api/training/disc/${tellerId}`)).json().style).toBe("S");
    expect((await (await t.as("head.ot02")).get(`/api/training/disc/${tellerId}`)).statusCode).toBe(404);
    expect((await (await t.as("teller2.ot01")).get(`/api/training/disc/${tellerId}`)).statusCode).toBe(403);
    await teller.request("PUT", "/api/training/disc/me/share", { shared: false });
    expect((await head.get(`/api/training/disc/${tellerId}`)).statusCode).toBe(404);
    const never = await (await t.as("lobby.ot01")).request("PUT", "/api/training/disc/me/share", {
      shared: true,
    });
    expect(never.json().error.code).toBe("training.disc_not_taken");
  });
});
