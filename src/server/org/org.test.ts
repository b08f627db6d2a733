import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("org tree", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.as("admin");
  });
  afterAll(() => t.close());

  it("the head office sees the whole demo tree, parents before children", async () => {
    const items = (await admin.get("/api/org-units")).json().items;
    expect(items).toHaveLength(19);
    expect(items[0]).toMatchObject({ code: "HQ", kind: "head_office", parentId: null });
    const seen = new Set<number>();
    for (const u of items) {
      if (u.parentId !== null) expect(seen.has(u.parentId)).toBe(true);
      seen.add(u.id);
    }
  });

  it("an outlet's staff see only their outlet", async () => {
    const teller = await t.as("teller.ot01");
    const items = (await teller.get("/api/org-units")).json().items;
    expect(items.map((u: { code: string }) => u.code)).toEqual(["OT01"]);
    expect((await teller.get(`/api/org-units/${await idOf(t, "unit", "OT02")}`)).statusCode).toBe(404);
  });

  it("an administrator adds an outlet under a sub-branch; the wrong kind of parent is refused", async () => {
    const sb01 = await idOf(t, "unit", "SB01");
    const res = await admin.post("/api/org-units", {
      code: "OT13",
      name: "新城网点",
      kind: "outlet",
      parentId: sb01,
    });
    expect(res.statusCode).toBe(201);
    const sb01Path = (await admin.get(`/api/org-units/${sb01}`)).json().path;
    expect(res.json().path).toBe(`${sb01Path}${res.json().id}/`);

    const wrong = await admin.post("/api/org-units", {
      code: "OT14",
      name: "x",
      kind: "outlet",
      parentId: 1,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ field: "kind", message: "网点只能设在支行之下" });

    const dup = await admin.post("/api/org-units", {
      code: "OT13",
      name: "y",
      kind: "outlet",
      parentId: sb01,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.field).toBe("code");

    const badCode = await admin.post("/api/org-units", {
      code: "ot 15",
      name: "y",
      kind: "outlet",
      parentId: sb01,
    });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.field).toBe("code");
  });

  it("moving a sub-branch to another branch moves its outlets and their users' scope with it", async () => {
    const sb02 = await idOf(t, "unit", "SB02");
    const br02 = await idOf(t, "unit", "BR02");
    const res = await admin.patch(`/api/org-units/${sb02}`, { parentId: br02 });
    expect(res.statusCode).toBe(200);
    const brPath = (await admin.get(`/api/org-units/${br02}`)).json().path;
    expect(res.json().path).toBe(`${brPath}${sb02}/`);
    const ot04 = (await admin.get(`/api/org-units/${await idOf(t, "unit", "OT04")}`)).json();
    expect(ot04.path.startsWith(res.json().path)).toBe(true);
    const audit = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "org.move")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before_json ?? "{}").parentId).toBe(await idOf(t, "unit", "BR01"));
  });

  it("a unit cannot be moved under itself or to a parent of the wrong kind", async () => {
    const br01 = await idOf(t, "unit", "BR01");
    const sb01 = await idOf(t, "unit", "SB01");
    const wrongKind = await admin.patch(`/api/org-units/${sb01}`, {
      parentId: await idOf(t, "unit", "SB03"),
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.field).toBe("parentId");
    const cycle = await admin.patch(`/api/org-units/${br01}`, { parentId: sb01 });
    expect(cycle.statusCode).toBe(400);
  });

  it("renaming and setting the duty phone is audited with before and after", async () => {
    const ot02 = await idOf(t, "unit", "OT02");
    const res = await admin.patch(`/api/org-units/${ot02}`, {
      name: "解放路旗舰网点",
      dutyPhone: "010-6300 0002",
    });
    expect(res.json()).toMatchObject({ name: "解放路旗舰网点", dutyPhone: "010-6300 0002" });
    const audit = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "org.update")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before_json ?? "{}").name).toBe("解放路网点");
    expect(JSON.parse(audit.after_json ?? "{}").name).toBe("解放路旗舰网点");
    const empty = await admin.patch(`/api/org-units/${ot02}`, {});
    expect(empty.statusCode).toBe(400);
  });
});
