import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

const CLEAN_WEALTH_COPY =
  "“安盈”理财，业绩比较基准3.2%，测算依据见产品说明书。本产品不保证本金，收益不确定。理财非存款、产品有风险、投资须谨慎。";

describeEachEngine("compliance check and rules", (engine) => {
  let t: TestApp;
  let teller: TestClient;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    teller = await t.as("teller.ot01");
    admin = await t.as("admin");
  });
  afterAll(() => t.close());

  const check = (client: TestClient, body: unknown) => client.post("/api/compliance/check", body);

  it("any member of staff checks a poster and gets each finding with its span, message and suggestion", async () => {
    const text = "本理财产品保本高收益，稳 赚 不 赔！";
    const res = await check(teller, { text, kind: "marketing", materialType: "wealth_product" });
    expect(res.statusCode).toBe(200);
    const { findings, clean } = res.json();
    expect(clean).toBe(false);
    const sure = findings.find((f: { ruleId: string }) => f.ruleId === "mkt.sure_win");
    expect(sure).toMatchObject({ kind: "banned_claim", severity: "error", excerpt: "稳 赚 不 赔" });
    expect(text.slice(sure.start, sure.end)).toBe("稳 赚 不 赔");
    expect(sure.message.length).toBeGreaterThan(0);
    expect(sure.suggestion.length).toBeGreaterThan(0);
    expect(findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
      expect.arrayContaining(["mkt.guaranteed_principal", "disc.wealth_risk_warning", "disc.two_tell"]),
    );
  });

  it("a compliant text with negations and the disclosures has no error or warning", async () => {
    const res = await check(teller, {
      text: CLEAN_WEALTH_COPY,
      kind: "marketing",
      materialType: "wealth_product",
    });
    expect(res.json()).toEqual({ findings: [], clean: true });
  });

  it("a staff reply is checked for forbidden phrasing", async () => {
    const res = await check(teller, { text: "這是規定，我也沒辦法。", kind: "service_reply" });
    expect(res.json().findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      "svc.cold_rule_quoting",
      "svc.dead_end",
    ]);
  });

  it("bad input answers 400 naming the field", async () => {
    for (const [body, field] of [
      [{ kind: "marketing" }, "text"],
      [{ text: "x", kind: "poster" }, "kind"],
      [{ text: "x", kind: "marketing", materialType: "gold" }, "materialType"],
    ] as const) {
      const res = await check(teller, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    expect(
      (await t.anonymous().post("/api/compliance/check", { text: "x", kind: "marketing" })).statusCode,
    ).toBe(401);
  });

  it("an administrator adds a rule; the next check uses it; the change is audited", async () => {
    const created = await admin.post("/api/compliance/rules", {
      code: "local.lottery_wording",
      kind: "banned_claim",
      severity: "error",
      appliesTo: ["marketing"],
      patterns: ["躺赚|闭眼买"],
      source: "总行消保部 2026 年第 3 号通知",
      message: "暗示无需了解风险即可获利。",
      suggestion: "删去，改为介绍产品特点并提示风险。",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: "local.lottery_wording", negatable: true, disabled: false });
    const res = await check(teller, { text: "这款产品可以閉眼買", kind: "marketing" });
    expect(res.json().findings).toMatchObject([{ ruleId: "local.lottery_wording", excerpt: "閉眼買" }]);
    const audit = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "compliance.rule_create")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_username: "admin", entity_id: String(created.json().id) });
  });

  it("disabling a rule stops it firing at once, and enabling it brings it back; both audited", async () => {
    const { items } = (await admin.get("/api/compliance/rules?code=svc.dead_end")).json();
    const id = items[0].id;
    const reply = { text: "没办法", kind: "service_reply" };
    expect((await check(teller, reply)).json().findings).toHaveLength(1);
    expect((await admin.patch(`/api/compliance/rules/${id}`, { disabled: true })).json().disabled).toBe(true);
    expect((await check(teller, reply)).json().findings).toEqual([]);
    expect((await admin.patch(`/api/compliance/rules/${id}`, { disabled: false })).statusCode).toBe(200);
    expect((await check(teller, reply)).json().findings).toHaveLength(1);
    const actions = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", "compliance_rule")
      .where("entity_id", "=", String(id))
      .execute();
    expect(actions.map((a) => a.action)).toEqual(["compliance.rule_disable", "compliance.rule_enable"]);
  });

  it("editing a rule's patterns changes what it finds", async () => {
    const { items } = (await admin.get("/api/compliance/rules?code=mkt.inducement")).json();
    const res = await admin.patch(`/api/compliance/rules/${items[0].id}`, { patterns: ["开户送|买理财送"] });
    expect(res.json().patterns).toEqual(["开户送|买理财送"]);
    expect((await check(teller, { text: "开户送好礼", kind: "marketing" })).json().findings).toHaveLength(1);
  });

  it("rule changes are for administrators only, and bad rules answer 400 naming the field", async () => {
    const officer = await t.as("officer.sb01");
    const base = {
      code: "local.x",
      kind: "banned_claim",
      severity: "warning",
      appliesTo: ["marketing"],
      patterns: ["xx"],
      source: "s",
      message: "m",
      suggestion: "s",
    };
    expect((await officer.post("/api/compliance/rules", base)).statusCode).toBe(403);
    for (const [patch, field] of [
      [{ code: "Bad Code" }, "code"],
      [{ patterns: ["，。 "] }, "patterns.0"],
      [{ severity: "fatal" }, "severity"],
      [{ kind: "required_disclosure", appliesTo: ["service_reply"] }, "appliesTo"],
      [{ code: "mkt.no_risk" }, "code"],
    ] as const) {
      const res = await admin.post("/api/compliance/rules", { ...base, ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBeOneOf([400, 409]);
      expect(res.json().error.field).toBe(field);
    }
  });

  it("the browser gets the enabled rules that apply to the caller", async () => {
    const { rules } = (await teller.get("/api/compliance/ruleset")).json();
    expect(rules.length).toBeGreaterThan(20);
    expect(rules.find((r: { id: string }) => r.id === "mkt.no_risk").patterns[0]).toContain("无风险");
  });
});
