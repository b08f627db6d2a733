import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

const PASSWORD = "Branch#Admin2026";

describeEachEngine("compliance rules belong to a unit's subtree", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let branchAdmin: TestClient;
  let westTeller: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.as("admin");
    // A branch administrator at BR02 (西城分行) and a teller at OT07, one of its outlets.
    for (const [username, role, unit] of [
      ["admin.br02", "administrator", "BR02"],
      ["teller.ot07", "teller", "OT07"],
    ] as const) {
      const res = await admin.post("/api/users", {
        username,
        displayName: username,
        role,
        orgUnitId: await idOf(t, "unit", unit),
        password: PASSWORD,
      });
      expect(res.statusCode).toBe(201);
    }
    const login = async (username: string) => {
      const client = t.anonymous();
      await client.post("/api/auth/login", { username, password: PASSWORD });
      return client;
    };
    branchAdmin = await login("admin.br02");
    westTeller = await login("teller.ot07");
  });
  afterAll(() => t.close());

  const findings = async (client: TestClient, text: string) =>
    (await client.post("/api/compliance/check", { text, kind: "marketing" })).json().findings;

  it("a branch's own rule applies in its subtree only", async () => {
    const res = await branchAdmin.post("/api/compliance/rules", {
      code: "br02.local_slogan",
      kind: "banned_claim",
      severity: "warning",
      appliesTo: ["marketing"],
      patterns: ["西城首选"],
      source: "西城分行消保通知",
      message: "分行已叫停此口号。",
      suggestion: "改用总行统一口号。",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().orgUnitId).toBe(await idOf(t, "unit", "BR02"));
    expect(await findings(westTeller, "西城首选理财")).toMatchObject([{ ruleId: "br02.local_slogan" }]);
    const eastTeller = await t.as("teller.ot01");
    expect(await findings(eastTeller, "西城首选理财")).toEqual([]);
    // Rules of another branch are neither listed nor reachable.
    const listed = (await eastTeller.get("/api/compliance/rules?code=br02.local_slogan")).json().items;
    expect(listed).toEqual([]);
    expect((await eastTeller.get(`/api/compliance/rules/${res.json().id}`)).statusCode).toBe(404);
  });

  it("a branch administrator cannot change the bank-wide rules that apply to them; the head office can change theirs", async () => {
    const bankWide = (await branchAdmin.get("/api/compliance/rules?code=mkt.no_risk")).json().items[0];
    expect(bankWide).toBeDefined();
    expect(
      (await branchAdmin.patch(`/api/compliance/rules/${bankWide.id}`, { disabled: true })).statusCode,
    ).toBe(403);
    expect(await findings(westTeller, "零风险")).toHaveLength(1);

    const local = (await admin.get("/api/compliance/rules?code=br02.local_slogan")).json().items[0];
    const res = await admin.patch(`/api/compliance/rules/${local.id}`, { severity: "error" });
    expect(res.json().severity).toBe("error");
  });
});
