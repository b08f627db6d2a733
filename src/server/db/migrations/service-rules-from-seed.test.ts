import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, describeEachEngine, type TestDatabase } from "../../../../test/engines.ts";
import { checkAt } from "../../compliance/ruleset.ts";
import { up } from "./100_service_rules_from_seed.ts";

const ADDED = ["svc.contract_first", "svc.threaten", "svc.dismiss"];

describeEachEngine("migration 100: service rules from seed 001", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.drop());

  it("reach a database that lacked them, once, and catch the contract quoted first", async () => {
    // A database from before: the rules 100 adds are not there.
    await t.db.deleteFrom("compliance_rules").where("code", "in", ADDED).execute();
    expect(await checkAt(t.db, "/1/", "你签字了就说明你同意了", { kind: "service_reply" })).toEqual([]);
    await up(t.db as never);
    await up(t.db as never);
    const codes = (await t.db.selectFrom("compliance_rules").select("code").execute()).map((r) => r.code);
    for (const code of ADDED) expect(codes.filter((c) => c === code)).toHaveLength(1);
    const findings = await checkAt(t.db, "/1/", "你签字了就说明你同意了", { kind: "service_reply" });
    expect(findings.map((f) => f.ruleId)).toEqual(["svc.contract_first"]);
  });
});
