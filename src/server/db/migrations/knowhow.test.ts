import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp } from "../../../../test/app.ts";
import { describeEachEngine } from "../../../../test/engines.ts";
import { scenarioById } from "../../../domain/scripts/scenarios.ts";
import { scenarioVersion } from "../../scripts/version.ts";
import { down, up } from "./170_knowhow.ts";
import * as m180 from "./180_playbooks.ts";
import * as m181 from "./181_counter_guidance.ts";
import * as m182 from "./182_knowhow_improvements.ts";

describeEachEngine("migration 170: scripts as versioned know-how", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it("seeds version 1 of every script and links the attempts that answered it", async () => {
    // A database from before 170, with an attempt at the shipped scenario and one at an older text.
    await m182.down(t.db as never);
    await m181.down(t.db as never);
    await m180.down(t.db as never);
    await down(t.db as never);
    const userId = await idOf(t, "user", "teller.ot01");
    const unitId = await idOf(t, "unit", "OT01");
    const shipped = scenarioVersion(scenarioById("demand-manager") ?? ({} as never));
    const attempt = (version: string) => ({
      user_id: userId,
      org_unit_id: unitId,
      scenario_id: "demand-manager",
      scenario_version: version,
      reply: "您好",
      score: 0,
      verdict: "needs_work",
      feedback_json: "{}",
      created_at: new Date().toISOString(),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the table is without the column 170 adds
    const d = t.db as any;
    await d
      .insertInto("practice_attempts")
      .values([attempt(shipped), attempt("0123456789ab")])
      .execute();
    await up(t.db as never);
    await m180.up(t.db as never);
    await m181.up(t.db as never);
    await m182.up(t.db as never);

    const v1 = await t.db
      .selectFrom("knowhow_versions as v")
      .innerJoin("knowhow_items as i", "i.id", "v.item_id")
      .select(["v.id", "v.status", "v.version_no", "i.org_unit_id"])
      .where("i.key", "=", "demand-manager")
      .executeTakeFirstOrThrow();
    expect(v1).toMatchObject({ status: "published", version_no: 1, org_unit_id: null });
    const linked = await t.db
      .selectFrom("practice_attempts")
      .select(["scenario_version", "scenario_version_id"])
      .orderBy("id")
      .execute();
    expect(linked).toEqual([
      { scenario_version: shipped, scenario_version_id: v1.id },
      { scenario_version: "0123456789ab", scenario_version_id: null },
    ]);
  });

  it("180: incidents already there follow playbook version 1, and their tasks keep its text", async () => {
    const lobby = await t.as("lobby.ot01");
    const reported = await lobby.post("/api/incidents", {
      category: "system_failure",
      summary: "柜面系统无法登录",
    });
    expect(reported.statusCode).toBe(201);
    await m180.down(t.db as never);
    await m180.up(t.db as never);
    const incident = await t.db
      .selectFrom("incidents as i")
      .innerJoin("knowhow_versions as v", "v.id", "i.playbook_version_id")
      .innerJoin("knowhow_items as k", "k.id", "v.item_id")
      .select(["k.kind", "k.key", "v.version_no"])
      .where("i.id", "=", reported.json().id)
      .executeTakeFirstOrThrow();
    expect(incident).toEqual({ kind: "playbook", key: "system_failure", version_no: 1 });
    const texts = await t.db
      .selectFrom("incident_tasks")
      .select("text_json")
      .where("incident_id", "=", reported.json().id)
      .execute();
    expect(texts.map((r) => JSON.parse(r.text_json).zh)).toContain(
      "记录故障现象、开始时间和受影响业务，立即报科技部门",
    );
    const room = (await lobby.get(`/api/incidents/${reported.json().id}`)).json();
    expect(room.calming[0]).toContain("系统正在抢修");
  });
});
