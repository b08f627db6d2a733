import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { multipart, tinyPng } from "../../../test/uploads.ts";
import { addDays, localDateOf } from "../../domain/calendar/dates.ts";

// Text the material review passes (see materials.test.ts).
const CLEAN =
  "新春特供：安盈理财，业绩比较基准3.2%，测算依据见说明书。本产品不保证本金，收益不确定。理财非存款、产品有风险、投资须谨慎。";

describeEachEngine("consumer-education plans, activities and campaign reports", (engine) => {
  let t: TestApp;
  let head: TestClient;
  let teller: TestClient;
  let officer: TestClient;
  let manager: TestClient;
  let approvedMaterial: number;
  let pendingMaterial: number;
  let foreignMaterial: number;
  let planId: number;
  beforeAll(async () => {
    t = await startTestApp(engine);
    head = await t.as("head.ot01");
    teller = await t.as("teller.ot01");
    officer = await t.as("officer.sb01");
    manager = await t.as("manager.sb01");
    const submit = async (client: TestClient, approve: boolean) => {
      const m = (
        await client.post("/api/materials", {
          title: "防范非法集资折页",
          channel: "lobby_poster",
          materialType: "wealth_product",
          text: CLEAN,
        })
      ).json();
      if (approve) {
        const res = await officer.post(`/api/materials/${m.id}/review`, {
          versionId: m.versions[0].id,
          decision: "approve",
        });
        expect(res.json().status).toBe("approved");
      }
      return m.id as number;
    };
    approvedMaterial = await submit(await t.as("wealth.ot01"), true);
    pendingMaterial = await submit(await t.as("wealth.ot01"), false);
    foreignMaterial = await submit(await t.as("lobby.ot02"), true);
  });
  afterAll(() => t.close());

  const today = () => localDateOf(t.clock.now(), t.deps.config.timeZone);
  const year = () => Number(today().slice(0, 4));
  const months = [
    { month: 3, campaignCode: "cp_315", targetGroup: "elderly", topic: "识别电信诈骗", plannedCount: 2 },
    { month: 6, campaignCode: "into_homes", targetGroup: "new_citizens", topic: "征信知识", plannedCount: 1 },
    {
      month: 9,
      campaignCode: "knowledge_journey",
      targetGroup: "youth_students",
      topic: "校园贷风险",
      plannedCount: 1,
    },
  ];
  const content = {
    targetGroups: ["elderly", "new_citizens", "youth_students"],
    themes: "防诈骗、征信、适老服务",
    campaignCodes: ["cp_315", "into_homes", "knowledge_journey"],
    months,
  };
  const auditOf = (entityType: string, id: number) =>
    t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", entityType)
      .where("entity_id", "=", String(id))
      .orderBy("id")
      .execute()
      .then((rows) => rows.map((r) => r.action));

  it("the outlet plans its year; the sub-branch returns it with a comment, then approves it", async () => {
    expect((await teller.post("/api/campaigns/plans", { year: year() })).statusCode).toBe(403);
    expect((await officer.post("/api/campaigns/plans", { year: year() })).statusCode).toBe(403);
    const created = await head.post("/api/campaigns/plans", { year: year() });
    expect(created.statusCode).toBe(201);
    planId = created.json().id;
    expect(created.json()).toMatchObject({ status: "draft", allowedActions: ["edit", "submit"] });
    const again = await head.post("/api/campaigns/plans", { year: year() });
    expect(again.json().error).toMatchObject({ code: "campaigns.plan_exists", field: "year" });

    const empty = await head.post(`/api/campaigns/plans/${planId}/submit`);
    expect(empty.json().error).toMatchObject({ code: "campaigns.plan_empty", field: "months" });
    const unknown = await head.request("PUT", `/api/campaigns/plans/${planId}`, {
      ...content,
      months: [{ ...months[0], campaignCode: "nope" }],
    });
    expect(unknown.json().error).toMatchObject({
      code: "campaigns.unknown_campaign",
      field: "months.0.campaignCode",
    });
    const badGroup = await head.request("PUT", `/api/campaigns/plans/${planId}`, {
      ...content,
      targetGroups: ["cats"],
    });
    expect(badGroup.statusCode).toBe(400);
    expect(badGroup.json().error.field).toBe("targetGroups.0");

    const saved = await head.request("PUT", `/api/campaigns/plans/${planId}`, content);
    expect(saved.json()).toMatchObject({ status: "draft", plannedTotal: 4, months: months });
    expect((await head.post(`/api/campaigns/plans/${planId}/submit`)).json().status).toBe("submitted");
    const locked = await head.request("PUT", `/api/campaigns/plans/${planId}`, content);
    expect(locked.json().error.code).toBe("campaigns.plan_submitted");
    expect((await (await t.as("head.ot02")).get(`/api/campaigns/plans/${planId}`)).statusCode).toBe(404);

    const offered = (await officer.get(`/api/campaigns/plans/${planId}`)).json().allowedActions;
    expect(offered).toEqual(["approve", "return"]);
    const bare = await officer.post(`/api/campaigns/plans/${planId}/decision`, { decision: "return" });
    expect(bare.json().error).toMatchObject({ code: "campaigns.comment_required", field: "comment" });
    const returned = await officer.post(`/api/campaigns/plans/${planId}/decision`, {
      decision: "return",
      comment: "请增加面向农村客户的活动",
    });
    expect(returned.json()).toMatchObject({
      status: "returned",
      decisionComment: "请增加面向农村客户的活动",
    });
    await head.request("PUT", `/api/campaigns/plans/${planId}`, {
      ...content,
      targetGroups: [...content.targetGroups, "rural"],
      months: [
        ...months,
        { month: 10, campaignCode: null, targetGroup: "rural", topic: "反假币下乡", plannedCount: 1 },
      ],
    });
    await head.post(`/api/campaigns/plans/${planId}/submit`);
    const approved = await manager.post(`/api/campaigns/plans/${planId}/decision`, { decision: "approve" });
    expect(approved.json()).toMatchObject({
      status: "approved",
      plannedTotal: 5,
      decidedBy: { displayName: expect.any(String) },
    });
    expect(await auditOf("education_plan", planId)).toEqual([
      "campaigns.plan_create",
      "campaigns.plan_update",
      "campaigns.plan_submit",
      "campaigns.plan_return",
      "campaigns.plan_update",
      "campaigns.plan_submit",
      "campaigns.plan_approve",
    ]);
  });

  it("activities name approved materials only, and are counted against the plan up the tree", async () => {
    const activity = {
      campaignCode: "into_homes",
      heldOn: today(),
      placeKind: "community",
      place: "人民路社区活动室",
      targetGroup: "elderly",
      topic: "=识别养老诈骗",
      materialIds: [approvedMaterial],
      peopleReached: 45,
      feedback: "老人反映很实用",
    };
    const pending = await teller.post("/api/campaigns/activities", {
      ...activity,
      materialIds: [approvedMaterial, pendingMaterial],
    });
    expect(pending.json().error).toMatchObject({
      code: "campaigns.material_not_approved",
      field: "materialIds.1",
    });
    const foreign = await teller.post("/api/campaigns/activities", {
      ...activity,
      materialIds: [foreignMaterial],
    });
    expect(foreign.json().error.field).toBe("materialIds.0");
    const future = await teller.post("/api/campaigns/activities", {
      ...activity,
      heldOn: addDays(today(), 2),
    });
    expect(future.json().error).toMatchObject({ code: "campaigns.held_in_future", field: "heldOn" });
    const badPlace = await teller.post("/api/campaigns/activities", { ...activity, placeKind: "moon" });
    expect(badPlace.json().error.field).toBe("placeKind");
    const fromAbove = await officer.post("/api/campaigns/activities", activity);
    expect(fromAbove.json().error.code).toBe("forbidden");
    const offered = (await teller.get("/api/campaigns/materials"))
      .json()
      .items.map((m: { id: number }) => m.id);
    expect(offered).toContain(approvedMaterial);
    expect(offered).not.toContain(pendingMaterial);
    expect(offered).not.toContain(foreignMaterial);
    const none = await t.db.selectFrom("education_activities").select("id").execute();
    expect(none).toEqual([]);

    const res = await teller.post("/api/campaigns/activities", activity);
    expect(res.statusCode).toBe(201);
    const a = res.json();
    expect(a.ref).toMatch(/^EDU-\d{8}-\d{4}$/);
    expect(a.materials).toEqual([expect.objectContaining({ id: approvedMaterial })]);
    const file = multipart("活动.png", tinyPng(), "image/png");
    const photo = await teller.request(
      "POST",
      `/api/campaigns/activities/${a.id}/photos`,
      file.body,
      file.contentType,
    );
    expect(photo.statusCode).toBe(201);
    const other = await (await t.as("teller.ot02")).request(
      "POST",
      `/api/campaigns/activities/${a.id}/photos`,
      file.body,
      file.contentType,
    );
    expect(other.statusCode).toBe(404);
    await teller.post("/api/campaigns/activities", {
      ...activity,
      campaignCode: "cp_315",
      topic: "反诈宣传",
      peopleReached: 30,
      materialIds: [],
    });
    expect(await auditOf("education_activity", a.id)).toEqual([
      "campaigns.activity_record",
      "campaigns.activity_photo_add",
    ]);

    const branch = (await (await t.as("manager.br01")).get(`/api/campaigns/progress?year=${year()}`)).json();
    expect(branch.unit).toMatchObject({ planned: 5, done: 2, peopleReached: 75 });
    const sb01 = branch.rows.find((r: { name: string }) => r.name === "东城第一支行");
    const sb02 = branch.rows.find((r: { name: string }) => r.name === "东城第二支行");
    expect(sb01).toMatchObject({ planned: 5, done: 2, peopleReached: 75 });
    expect(sb02).toMatchObject({ planned: 0, done: 0, peopleReached: 0 });
    const outlets = (await officer.get(`/api/campaigns/progress?year=${year()}`)).json().rows;
    expect(outlets[0]).toMatchObject({ orgUnitId: await idOf(t, "unit", "OT01"), planned: 5, done: 2 });
    const ot02 = (await (await t.as("head.ot02")).get(`/api/campaigns/progress?year=${year()}`)).json();
    expect(ot02.unit).toMatchObject({ planned: 0, done: 0 });
  });

  it("a campaign's report exports as .xlsx with text cells made formula-safe, and is audited", async () => {
    const res = await officer.get(`/api/campaigns/into_homes/export.xlsx?year=${year()}`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const summary = book.getWorksheet("汇总");
    // Planned in the approved plan (one 进万家 activity in June), held, the share held, people reached.
    expect(summary?.getRow(2).values).toEqual([undefined, "人民路网点", 1, 1, 100, 45]);
    const groups = book.getWorksheet("对象人群");
    const byGroup = groups
      ?.getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
    expect(byGroup).toContainEqual(["老年人", 1, 45]);
    expect(byGroup).toContainEqual(["新市民", 0, 0]);
    const detail = book.getWorksheet("活动明细");
    expect(detail?.rowCount).toBe(2);
    expect(detail?.getRow(2).getCell(7).value).toBe("'=识别养老诈骗");
    expect(String(detail?.getRow(2).getCell(8).value)).toContain("防范非法集资折页");
    const exports = await t.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "campaigns.export")
      .execute();
    expect(exports).toHaveLength(1);
    expect((await officer.get(`/api/campaigns/nope/export.xlsx?year=${year()}`)).statusCode).toBe(404);
  });

  it("its endpoints are in the OpenAPI document", async () => {
    const openapi = (await (await t.as("teller.ot01")).get("/docs/json")).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        "/api/campaigns/plans",
        "/api/campaigns/activities",
        "/api/campaigns/{code}/export.xlsx",
      ]),
    );
  });
});
