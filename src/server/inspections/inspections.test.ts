import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { multipart, tinyPng } from "../../../test/uploads.ts";
import { addDays, localDateOf } from "../../domain/calendar/dates.ts";

interface Result {
  id: number;
  position: number;
  code: string;
  outcome: string | null;
}

describeEachEngine("outlet inspections and their rectifications", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let ot01: number;
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    ot01 = await idOf(t, "unit", "OT01");
  });
  afterAll(() => t.close());

  const today = () => localDateOf(t.clock.now(), t.deps.config.timeZone);
  const start = async () => {
    const res = await officer.post("/api/inspections", { orgUnitId: ot01 });
    expect(res.statusCode).toBe(201);
    return res.json();
  };
  const record = (client: TestClient, id: number, resultId: number, body: Record<string, unknown>) =>
    client.request("PUT", `/api/inspections/${id}/results/${resultId}`, body);
  const upload = (client: TestClient, url: string, name = "现场.png", bytes = tinyPng()) => {
    const file = multipart(name, bytes, "image/png");
    return client.request("POST", url, file.body, file.contentType);
  };
  /** Every item passed except those given, which fail with an owner and a due date. */
  const passAllBut = async (
    id: number,
    results: Result[],
    failed: (Record<string, unknown> | undefined)[],
  ) => {
    for (const [i, r] of results.entries()) {
      const body = failed[i] ? { outcome: "fail", ...failed[i] } : { outcome: "pass" };
      expect((await record(officer, id, r.id, body)).statusCode).toBe(200);
    }
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

  it("the checklist is data: an administrator adds and disables items, inspections copy the enabled ones", async () => {
    const admin = await t.as("admin");
    const items = (await officer.get("/api/inspections/checklist")).json().items;
    expect(items.map((i: { code: string }) => i.code)).toContain("emergency_plan");
    expect(items.every((i: { enabled: boolean }) => i.enabled)).toBe(true);

    expect(
      (await officer.post("/api/inspections/checklist", { code: "x1", labelZh: "a", labelEn: "a" }))
        .statusCode,
    ).toBe(403);
    const bad = await admin.post("/api/inspections/checklist", {
      code: "Bad Code",
      labelZh: "甲",
      labelEn: "A",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("code");
    const taken = await admin.post("/api/inspections/checklist", {
      code: "aed",
      labelZh: "甲",
      labelEn: "A",
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: "inspections.code_taken", field: "code" });

    const added = await admin.post("/api/inspections/checklist", {
      code: "queue_signage",
      labelZh: "叫号及分流指引清晰",
      labelEn: "Queue and routing signs clear",
    });
    expect(added.statusCode).toBe(201);
    const fire = items.find((i: { code: string }) => i.code === "fire_safety");
    const off = await admin.patch(`/api/inspections/checklist/${fire.id}`, { enabled: false });
    expect(off.json()).toMatchObject({ code: "fire_safety", enabled: false });

    const inspection = await start();
    const codes = inspection.results.map((r: Result) => r.code);
    expect(codes).toContain("queue_signage");
    expect(codes).not.toContain("fire_safety");
    expect(codes).toHaveLength(items.length);
    expect(await auditOf("inspection_checklist_item", added.json().id)).toEqual([
      "inspections.checklist_create",
    ]);
    expect(await auditOf("inspection_checklist_item", fire.id)).toEqual(["inspections.checklist_update"]);
    await officer.post(`/api/inspections/${inspection.id}/cancel`);
    await admin.patch(`/api/inspections/checklist/${fire.id}`, { enabled: true });
  });

  it("the sub-branch inspects its outlet; failed items become rectifications closed with evidence", async () => {
    const head01 = await t.as("head.ot01");
    expect((await head01.post("/api/inspections", { orgUnitId: ot01 })).statusCode).toBe(403);
    const elsewhere = await officer.post("/api/inspections", { orgUnitId: await idOf(t, "unit", "OT04") });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.field).toBe("orgUnitId");
    const notOutlet = await officer.post("/api/inspections", { orgUnitId: await idOf(t, "unit", "SB01") });
    expect(notOutlet.json().error).toMatchObject({ code: "inspections.not_outlet", field: "orgUnitId" });

    const ins = await start();
    expect(ins).toMatchObject({ status: "draft", orgUnitName: expect.any(String), failCount: 0 });
    expect(ins.ref).toMatch(/^INS-\d{8}-\d{4}$/);
    expect(ins.allowedActions).toEqual(["record", "submit", "cancel"]);
    const tellerId = await idOf(t, "user", "teller.ot01");
    expect(ins.outletStaff.map((p: { id: number }) => p.id)).toContain(tellerId);
    const [first, second] = ins.results as Result[];

    // Bad input names the field and writes nothing.
    const wrongOutcome = await record(officer, ins.id, first.id, { outcome: "maybe" });
    expect(wrongOutcome.json().error.field).toBe("outcome");
    const foreignOwner = await record(officer, ins.id, second.id, {
      outcome: "fail",
      ownerId: await idOf(t, "user", "teller.ot02"),
      dueOn: addDays(today(), 7),
    });
    expect(foreignOwner.json().error).toMatchObject({
      code: "inspections.owner_not_at_outlet",
      field: "ownerId",
    });
    const past = await record(officer, ins.id, second.id, {
      outcome: "fail",
      ownerId: tellerId,
      dueOn: addDays(today(), -1),
    });
    expect(past.json().error).toMatchObject({ code: "inspections.due_past", field: "dueOn" });
    const unchanged = (await officer.get(`/api/inspections/${ins.id}`)).json().results[1];
    expect(unchanged).toMatchObject({ outcome: null, owner: null, dueOn: null });

    // Photos of a finding: real images only.
    expect((await upload(officer, `/api/inspections/${ins.id}/results/${second.id}/photos`)).statusCode).toBe(
      201,
    );
    const fake = await upload(
      officer,
      `/api/inspections/${ins.id}/results/${second.id}/photos`,
      "x.png",
      Buffer.from("<svg/>"),
    );
    expect(fake.json().error).toMatchObject({ code: "incidents.photo_type", field: "file" });

    // Submission wants every item answered, and a failed one owned and dated.
    const unanswered = await officer.post(`/api/inspections/${ins.id}/submit`, {});
    expect(unanswered.json().error).toMatchObject({
      code: "inspections.item_unanswered",
      field: "results.1.outcome",
    });
    await passAllBut(ins.id, ins.results, [undefined, { note: "急救箱碘伏过期" }]);
    const unowned = await officer.post(`/api/inspections/${ins.id}/submit`, {});
    expect(unowned.json().error).toMatchObject({
      code: "inspections.owner_required",
      field: "results.2.ownerId",
    });
    await record(officer, ins.id, second.id, {
      outcome: "fail",
      note: "急救箱碘伏过期",
      ownerId: tellerId,
      dueOn: addDays(today(), 7),
    });

    const submitted = await officer.post(`/api/inspections/${ins.id}/submit`, { summary: "整体良好" });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: "rectifying",
      failCount: 1,
      openRectifications: 1,
      allowedActions: [],
    });
    const rect = submitted.json().rectifications[0];
    expect(rect).toMatchObject({
      owner: { id: tellerId },
      status: "open",
      finding: "急救箱碘伏过期",
      overdue: false,
    });
    const late = await record(officer, ins.id, first.id, { outcome: "fail" });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("inspections.not_draft");

    // Scope: the outlet sees its own, another outlet nothing, the branch everything below it.
    const teller = await t.as("teller.ot01");
    expect((await teller.get("/api/notifications")).json().items[0].text).toContain("急救药箱");
    expect((await (await t.as("head.ot02")).get(`/api/inspections/${ins.id}`)).statusCode).toBe(404);
    expect((await head01.get(`/api/inspections/${ins.id}`)).statusCode).toBe(200);
    const branch = (await (await t.as("manager.br01")).get("/api/inspections")).json().items;
    expect(branch.map((i: { id: number }) => i.id)).toContain(ins.id);
    const mine = (await teller.get("/api/inspections/rectifications?mine=true&status=open")).json().items;
    expect(mine.map((r: { id: number }) => r.id)).toEqual([rect.id]);
    expect(mine[0].allowedActions).toEqual(["add_evidence", "close"]);

    // Closed by its owner with a note and a photo; a colleague may not.
    const other = await t.as("teller2.ot01");
    const notOwner = await other.post(`/api/inspections/rectifications/${rect.id}/close`, { note: "已更换" });
    expect(notOwner.json().error.code).toBe("inspections.not_owner");
    const noPhoto = await teller.post(`/api/inspections/rectifications/${rect.id}/close`, { note: "已更换" });
    expect(noPhoto.json().error).toMatchObject({
      code: "inspections.evidence_photo_required",
      field: "photos",
    });
    expect(
      (await upload(teller, `/api/inspections/rectifications/${rect.id}/photos`, "新药箱.png")).statusCode,
    ).toBe(201);
    const noNote = await teller.post(`/api/inspections/rectifications/${rect.id}/close`, { note: " " });
    expect(noNote.json().error).toMatchObject({ code: "inspections.evidence_note_required", field: "note" });
    const closed = await teller.post(`/api/inspections/rectifications/${rect.id}/close`, {
      note: "已补齐药品并登记有效期",
    });
    expect(closed.json()).toMatchObject({
      status: "closed",
      evidenceNote: "已补齐药品并登记有效期",
      allowedActions: [],
    });
    expect(closed.json().photos).toHaveLength(1);
    const done = (await officer.get(`/api/inspections/${ins.id}`)).json();
    expect(done).toMatchObject({ status: "closed", openRectifications: 0 });

    const photoId = done.results[1].photos[0].id;
    const image = await head01.get(`/api/inspections/${ins.id}/photos/${photoId}`);
    expect(image.headers["content-type"]).toBe("image/png");
    const pending = await t.db
      .selectFrom("due_items")
      .select("id")
      .where("subject_id", "=", rect.id)
      .where("kind", "like", "inspections.%")
      .execute();
    expect(pending).toEqual([]);

    const actions = await auditOf("inspection", ins.id);
    expect(actions[0]).toBe("inspections.start");
    expect(actions).toContain("inspections.photo_add");
    expect(actions.slice(-2)).toEqual(["inspections.submit", "inspections.close"]);
    expect(await auditOf("rectification", rect.id)).toEqual([
      "rectifications.evidence_add",
      "rectifications.close",
    ]);
  });

  it("a rectification still open when its day ends is escalated to the sub-branch", async () => {
    const ins = await start();
    const tellerId = await idOf(t, "user", "teller.ot01");
    await passAllBut(ins.id, ins.results, [{ ownerId: tellerId, dueOn: today() }]);
    const rect = (await officer.post(`/api/inspections/${ins.id}/submit`, {})).json().rectifications[0];
    t.clock.advanceMinutes(24 * 60 + 1);
    expect(await t.deps.scheduler.tick(t.clock.now())).toBeGreaterThanOrEqual(1);

    const manager = await t.as("manager.sb01");
    const inbox = (await manager.get("/api/notifications")).json().items;
    expect(inbox[0].text).toContain("已超过期限");
    const open = (await manager.get("/api/inspections/rectifications?status=open")).json().items;
    expect(open.find((r: { id: number }) => r.id === rect.id)).toMatchObject({ overdue: true });
    expect(await auditOf("rectification", rect.id)).toEqual(["rectifications.overdue"]);
    // The sub-branch may close it for the outlet once it has the evidence.
    officer = await t.as("officer.sb01");
    await upload(officer, `/api/inspections/rectifications/${rect.id}/photos`);
    const closed = await officer.post(`/api/inspections/rectifications/${rect.id}/close`, {
      note: "现场复查已整改",
    });
    expect(closed.json()).toMatchObject({ status: "closed", overdue: true });
  });

  it("its endpoints are in the OpenAPI document", async () => {
    const openapi = (await (await t.as("teller.ot01")).get("/docs/json")).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        "/api/inspections",
        "/api/inspections/{id}/submit",
        "/api/inspections/rectifications/{id}/close",
      ]),
    );
  });
});
