import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, describeEachEngine, type TestDatabase } from "../../../../test/engines.ts";
import { checkAt } from "../../compliance/ruleset.ts";
import { up } from "./071_compliance_rules_gaps.ts";

describeEachEngine("migration 071: the new default compliance rules", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.drop());

  it("reach a database that had only the rules of 011, once, without touching the others", async () => {
    // A database from before: the rules 071 adds are not there.
    await t.db.deleteFrom("compliance_rules").where("code", "like", "svc.%").execute();
    const before = await t.db.selectFrom("compliance_rules").select("code").execute();
    expect(before.map((r) => r.code)).not.toContain("svc.send_elsewhere");
    await up(t.db as never);
    await up(t.db as never);
    const after = (await t.db.selectFrom("compliance_rules").select("code").execute()).map((r) => r.code);
    expect(after.filter((c) => c === "svc.send_elsewhere")).toHaveLength(1);
    expect(after).toContain("mkt.market_superlative");
    // Only the added ones come back: svc.argue, deleted above, was not added by 071.
    expect(after).not.toContain("svc.argue");
    const findings = await checkAt(t.db, "/1/", "你去别的银行办吧", { kind: "service_reply" });
    expect(findings.map((f) => f.ruleId)).toEqual(["svc.send_elsewhere"]);
  });
});
