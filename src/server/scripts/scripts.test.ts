import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("script library and practice", (engine) => {
  let t: TestApp;
  let lobby: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    lobby = await t.as("lobby.ot01");
  });
  afterAll(() => t.close());

  it("staff find the scenarios linked to an incident category or a complaint cause", async () => {
    const outage = (await lobby.get("/api/scripts?incidentCategory=system_failure")).json().items;
    expect(outage.map((s: { id: string }) => s.id)).toEqual(["system-outage"]);
    const returns = (await lobby.get(`/api/scripts?complaintCause=${encodeURIComponent("产品收益")}`)).json()
      .items;
    expect(returns.map((s: { id: string }) => s.id)).toEqual(["wealth-below-benchmark"]);
    const sitIn = (await lobby.get("/api/scripts?incidentCategory=counter_protest")).json().items;
    expect(sitIn.map((s: { id: string }) => s.id)).toEqual(["counter-sit-in"]);
    const all = (await lobby.get("/api/scripts")).json().items;
    expect(all.length).toBeGreaterThanOrEqual(15);
    const one = (await lobby.get("/api/scripts/demand-manager")).json();
    expect(one).toMatchObject({
      technique: "self_introduction",
      version: expect.stringMatching(/^[0-9a-f]{12}$/),
      steps: expect.arrayContaining([expect.stringContaining("自报家门")]),
    });
    expect((await lobby.get("/api/scripts/no-such-thing")).statusCode).toBe(404);
  });

  it("practice flags a cold reply and credits a good one", async () => {
    const cold = (
      await lobby.post("/api/scripts/long-queue/practice", { reply: "人多就是这样，等着吧。" })
    ).json();
    expect(cold.verdict).toBe("needs_work");
    expect(cold.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["svc.argue"]);
    const warm = (
      await lobby.post("/api/scripts/long-queue/practice", {
        reply: "让您久等了，真抱歉。我建议您先到自助机这边，我陪您办，这样您不用再排队，您看可以吗？",
      })
    ).json();
    expect(warm).toMatchObject({ verdict: "good", score: 100, findings: [], attemptId: expect.any(Number) });
    expect(
      warm.elements
        .filter((e: { expected: boolean }) => e.expected)
        .map((e: { element: string }) => e.element),
    ).toEqual(["propose", "benefit", "ask_agreement"]);
  });

  it("practice uses the rules in force: a rule an administrator disables stops counting", async () => {
    const admin = await t.as("admin");
    const { items } = (await admin.get("/api/compliance/rules?code=svc.argue")).json();
    await admin.patch(`/api/compliance/rules/${items[0].id}`, { disabled: true });
    const res = (await lobby.post("/api/scripts/long-queue/practice", { reply: "等着吧。" })).json();
    expect(res.findings).toEqual([]);
  });

  it("a rule added from seed 001 is in force: quoting the contract first needs work", async () => {
    const res = (
      await lobby.post("/api/scripts/transfer-quota-cut/practice", {
        reply:
          "我理解您的心情，谢谢您过来。您签过合同，合同里写明了可以调额度，是为了防范风险。我建议您多用账户，您看好吗？",
      })
    ).json();
    expect(res.verdict).toBe("needs_work");
    expect(res.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("svc.contract_first");
  });

  it("an empty reply answers 400 naming the field; no session answers 401", async () => {
    const res = await lobby.post("/api/scripts/long-queue/practice", { reply: "  " });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("reply");
    expect((await t.anonymous().get("/api/scripts")).statusCode).toBe(401);
  });
});
