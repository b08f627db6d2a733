import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("cases drafted from closed incidents and complaints", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    const ot01 = await idOf(t, "unit", "OT01");
    const ot04 = await idOf(t, "unit", "OT04");
    const head = await idOf(t, "user", "head.ot01");
    const at = "2025-06-18T02:30:00.000Z";
    const incident = (ref: string, unit: number, status: string, drill = 0) => ({
      ref,
      org_unit_id: unit,
      category: "crowd_surge",
      summary: "储户听信谣言集中取款，大堂排起长队",
      answers_json: "{}",
      severity: "III",
      severity_reason_json: "{}",
      status,
      drill,
      reported_by: head,
      reported_at: at,
      ack_due_at: at,
      updated_at: at,
      review_json: JSON.stringify({
        cause: "网上谣言",
        helped: "负责人当众说明存款保险",
        changes: "舆情预案加入辟谣口径",
      }),
    });
    // Fixtures written straight to the incidents' own table: the incident workflow is another feature's.
    await t.db
      .insertInto("incidents")
      .values([
        incident("INC-20250618-0001", ot01, "closed"),
        incident("INC-20250618-0002", ot01, "responding"),
        incident("INC-20250618-0003", ot01, "closed", 1),
        incident("INC-20250618-0004", ot04, "closed"),
      ] as never)
      .execute();
    await t.db
      .insertInto("complaints")
      .values({
        ref: "CMP-20250702-0001",
        kind: "complaint",
        status: "closed",
        org_unit_id: ot01,
        channel_code: "01",
        business_category_code: "07",
        cause_code: "08",
        source: "direct",
        grade: "ordinary",
        sensitive_tags_json: "[]",
        received_at: "2025-07-02T01:00:00.000Z",
        clock_started_at: "2025-07-02T01:00:00.000Z",
        summary: "客户李秀英认为理财经理承诺保本",
        facts: "李秀英称购买时理财经理说“不会亏”，联系电话 13600001111。",
        request: "要求赔偿损失",
        complainant_kind: "person",
        complainant_name: "李秀英",
        complainant_extra_json: "{}",
        complainant_key: "k",
        decision_json: JSON.stringify({
          outcome: "partly upheld",
          text: "销售时确有不当表述，已对理财经理培训并致歉",
        }),
        created_by: head,
        created_at: "2025-07-02T01:00:00.000Z",
        updated_at: "2025-07-20T01:00:00.000Z",
      } as never)
      .execute();
  });
  afterAll(() => t.close());

  const fromSource = (sourceRef: string) => officer.post("/api/cases/from-source", { sourceRef });

  it("a closed incident becomes a draft whose lessons start from its review", async () => {
    const res = await fromSource("INC-20250618-0001");
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: "draft",
      sourceKind: "incident",
      sourceRef: "INC-20250618-0001",
      category: "crowd_surge",
      occurredOn: "2025-06-18",
    });
    expect(res.json().lessons).toContain("舆情预案加入辟谣口径");
    const again = await fromSource("INC-20250618-0001");
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe("sourceRef");
  });

  it("a closed complaint becomes a draft with the complainant's name and phone stripped", async () => {
    const res = await fromSource("CMP-20250702-0001");
    expect(res.statusCode).toBe(201);
    const draft = res.json();
    expect(draft.story).toContain("李某");
    expect(draft.story).not.toContain("李秀英");
    expect(draft.story).not.toContain("13600001111");
    expect(draft.lessons).toContain("已对理财经理培训");
  });

  it("open records, drills and records outside the subtree are refused, naming the field", async () => {
    for (const ref of ["INC-20250618-0002", "INC-20250618-0003", "INC-20250618-0004", "CMP-20990101-0001"]) {
      const res = await fromSource(ref);
      expect(res.statusCode, ref).toBe(400);
      expect(res.json().error.field).toBe("sourceRef");
    }
  });
});
