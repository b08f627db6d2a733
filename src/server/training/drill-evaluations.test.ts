import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

const SCORES = { gather: 5, analyse: 4, calm: 4, respond: 3, follow_up: 4 };

describeEachEngine("drill evaluation", (engine) => {
  let t: TestApp;
  let head: TestClient;
  let lobby: TestClient;
  let drill: { id: number; ref: string };
  let ids: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    head = await t.as("head.ot01");
    lobby = await t.as("lobby.ot01");
    const users = await t.db.selectFrom("users").select(["id", "username"]).execute();
    ids = Object.fromEntries(users.map((u) => [u.username, u.id]));
    drill = (
      await lobby.post("/api/incidents", { category: "disaster_epidemic", summary: "防汛演练", drill: true })
    ).json();
  });
  afterAll(() => t.close());

  const evaluate = (client: TestClient, body: Record<string, unknown>) =>
    client.post("/api/training/drill-evaluations", { incidentId: drill.id, stepScores: SCORES, ...body });

  it("waits until the drill is under control, and only drills are evaluated", async () => {
    const early = await evaluate(head, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("drills.not_finished");
    const real = (
      await lobby.post("/api/incidents", { category: "disaster_epidemic", summary: "真实积水" })
    ).json();
    const notDrill = await evaluate(head, { incidentId: real.id });
    expect(notDrill.json().error).toMatchObject({ code: "drills.not_drill", field: "incidentId" });
  });

  it("scores the steps, times acknowledgement and stabilisation against the targets, shows in the calendar", async () => {
    t.clock.advanceMinutes(3);
    for (const action of ["acknowledge", "respond"])
      expect((await head.post(`/api/incidents/${drill.id}/transitions`, { action })).statusCode, action).toBe(
        200,
      );
    t.clock.advanceMinutes(20);
    const stabilised = await head.post(`/api/incidents/${drill.id}/transitions`, { action: "stabilise" });
    expect(stabilised.statusCode, stabilised.body).toBe(200);

    for (const [patch, field] of [
      [{ stepScores: { ...SCORES, calm: 6 } }, "stepScores.calm"],
      [{ participantIds: [ids["lobby.ot04"]] }, "participantIds"],
      [{ stabiliseTargetMinutes: 0 }, "stabiliseTargetMinutes"],
    ] as const) {
      const res = await evaluate(head, patch);
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    expect((await evaluate(lobby, {})).statusCode).toBe(403);

    const res = await evaluate(head, { wentWrong: "沙袋摆放位置不清楚，耽误两分钟" });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      ref: drill.ref,
      score: 80,
      ackMinutes: 3,
      stabiliseMinutes: 23,
      stabiliseTargetMinutes: 30,
      wentWrong: "沙袋摆放位置不清楚，耽误两分钟",
    });
    expect(res.json().ackTargetMinutes).toBeGreaterThan(0);
    // Who took part defaults to those who reported it, held a role or did a task.
    expect(res.json().participants.map((p: { id: number }) => p.id)).toContain(ids["lobby.ot01"]);
    expect((await evaluate(head, {})).json().error.code).toBe("drills.already_evaluated");

    const calendar = (await (await t.as("manager.sb01")).get("/api/incidents/drills")).json();
    const ot01 = calendar.outlets.find((o: { code: string }) => o.code === "OT01");
    expect(ot01.drills).toEqual([
      expect.objectContaining({ incidentId: drill.id, ref: drill.ref, evaluationScore: 80 }),
    ]);
    expect((await lobby.get(`/api/training/drill-evaluations/${drill.id}`)).json().score).toBe(80);
    expect(
      (await (await t.as("lobby.ot04")).get(`/api/training/drill-evaluations/${drill.id}`)).statusCode,
    ).toBe(404);
  });
});
