import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

const INTRODUCTION = "给您添麻烦了，真抱歉。我是柜员，我叫陈晨，这件事我可以处理，请您把情况跟我详细说说。";

interface Version {
  id: number;
  versionNo: number;
  status: string;
  orgUnitName: string | null;
  content: { title: string };
  author: string | null;
  publisher: string | null;
  allowedActions: string[];
}

describeEachEngine("know-how versions", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let manager: TestClient;
  let teller: TestClient;
  let lobbyOt04: TestClient;
  let admin: TestClient;
  let content: Record<string, unknown>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    [officer, manager, teller, lobbyOt04, admin] = await Promise.all(
      ["officer.sb01", "manager.sb01", "teller.ot01", "lobby.ot04", "admin"].map((u) => t.as(u)),
    );
    const {
      id: _id,
      version: _v,
      versionId: _vi,
      versionNo: _vn,
      ...rest
    } = (await officer.get("/api/scripts/demand-manager")).json();
    content = rest;
  });
  afterAll(() => t.close());

  const versionsOf = async (client: TestClient, key = "demand-manager") =>
    (await client.get(`/api/knowhow/scripts/${key}`)).json().versions as Version[];

  it("every script starts as version 1, published for the whole bank from the shipped library", async () => {
    const [v1] = await versionsOf(officer);
    expect(v1).toMatchObject({ versionNo: 1, status: "published", orgUnitName: null, author: null });
    const library = (await teller.get("/api/scripts")).json().items;
    expect(library.length).toBeGreaterThanOrEqual(15);
    expect(library.find((s: { id: string }) => s.id === "demand-manager")).toMatchObject({
      versionId: v1.id,
      versionNo: 1,
    });
  });

  it("a branch's draft is published by someone else, and then applies in its subtree only", async () => {
    const edited = { ...content, title: "客户点名要见行长（支行版）" };
    const saved = await officer.post("/api/knowhow/scripts/demand-manager/draft", { content: edited });
    expect(saved.statusCode).toBe(200);
    const draft = (saved.json().versions as Version[])[0];
    expect(draft).toMatchObject({
      status: "draft",
      versionNo: 2,
      orgUnitName: "东城第一支行",
      author: "消保专员 李静",
      allowedActions: ["edit"],
    });
    // Until it is published, everyone still reads the bank's version.
    expect((await teller.get("/api/scripts/demand-manager")).json().title).not.toContain("支行版");

    const own = await officer.post(`/api/knowhow/versions/${draft.id}/publish`);
    expect(own.statusCode).toBe(403);
    expect(own.json().error).toMatchObject({ code: "knowhow.own_draft", field: "authorId" });
    expect((await teller.post(`/api/knowhow/versions/${draft.id}/publish`)).statusCode).toBe(403);

    expect((await versionsOf(manager))[0].allowedActions).toEqual(["publish"]);
    const published = await manager.post(`/api/knowhow/versions/${draft.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect((published.json().versions as Version[])[0]).toMatchObject({
      status: "published",
      publisher: "支行行长 王强",
    });
    const again = await manager.post(`/api/knowhow/versions/${draft.id}/publish`);
    expect([again.statusCode, again.json().error.code]).toEqual([409, "knowhow.not_draft"]);

    const atOt01 = (await teller.get("/api/scripts/demand-manager")).json();
    expect(atOt01).toMatchObject({ title: "客户点名要见行长（支行版）", versionId: draft.id });
    const atOt04 = (await lobbyOt04.get("/api/scripts/demand-manager")).json();
    expect(atOt04.title).not.toContain("支行版");
    expect(atOt04.versionNo).toBe(1);
    // Head office sees the versions of the branches below it.
    expect((await versionsOf(admin)).map((v) => v.orgUnitName)).toContain("东城第一支行");
  });

  it("a practice attempt records the version it answered", async () => {
    const { versionId } = (await teller.get("/api/scripts/demand-manager")).json();
    const res = (await teller.post("/api/scripts/demand-manager/practice", { reply: INTRODUCTION })).json();
    expect(res.verdict).toBe("good");
    const [attempt] = (await teller.get("/api/practice-attempts?mine=true")).json().items;
    expect(attempt).toMatchObject({
      scenarioVersionId: versionId,
      scenarioTitle: "客户点名要见行长（支行版）",
      currentVersion: true,
    });
  });

  it("the next branch version supersedes the last; drafts and publications are audited at the branch", async () => {
    const saved = await officer.post("/api/knowhow/scripts/demand-manager/draft", {
      content: { ...content, title: "客户点名要见行长（支行第二版）" },
    });
    const draft = (saved.json().versions as Version[])[0];
    expect(draft.versionNo).toBe(3);
    await manager.post(`/api/knowhow/versions/${draft.id}/publish`);
    const statuses = (await versionsOf(manager)).map((v) => [v.orgUnitName, v.versionNo, v.status]);
    expect(statuses).toEqual([
      ["东城第一支行", 3, "published"],
      ["东城第一支行", 2, "superseded"],
      [null, 1, "published"],
    ]);
    const [attempt] = (await teller.get("/api/practice-attempts?mine=true")).json().items;
    expect(attempt.currentVersion).toBe(false);

    const audit = await t.db
      .selectFrom("audit_log")
      .select(["action", "actor_username", "org_path", "after_json"])
      .where("action", "like", "knowhow.%")
      .orderBy("id")
      .execute();
    expect(audit.map((a) => [a.action, a.actor_username])).toEqual([
      ["knowhow.draft", "officer.sb01"],
      ["knowhow.publish", "manager.sb01"],
      ["knowhow.draft", "officer.sb01"],
      ["knowhow.publish", "manager.sb01"],
    ]);
    const sb01 = await t.db
      .selectFrom("org_units")
      .select("path")
      .where("code", "=", "SB01")
      .executeTakeFirstOrThrow();
    expect(new Set(audit.map((a) => a.org_path))).toEqual(new Set([sb01.path]));
    expect(JSON.parse(audit[2].after_json ?? "{}")).toMatchObject({ key: "demand-manager", versionNo: 3 });
  });

  it("a head-office draft is for the whole bank; a branch may not publish it", async () => {
    const saved = await admin.post("/api/knowhow/scripts/long-queue/draft", {
      content: { ...content, title: "排队太久（总行新版）" },
    });
    const draft = (saved.json().versions as Version[])[0];
    expect(draft).toMatchObject({ orgUnitName: null, versionNo: 2, status: "draft" });
    expect((await admin.post(`/api/knowhow/versions/${draft.id}/publish`)).json().error.code).toBe(
      "knowhow.own_draft",
    );
    expect((await manager.post(`/api/knowhow/versions/${draft.id}/publish`)).statusCode).toBe(404);
  });

  it("bad content answers 400 naming the field and stores nothing; staff may not edit", async () => {
    const bad = await officer.post("/api/knowhow/scripts/demand-manager/draft", {
      content: { ...content, technique: "shouting" },
    });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, "content.technique"]);
    const noGood = await officer.post("/api/knowhow/scripts/demand-manager/draft", {
      content: { ...content, goodReplies: [] },
    });
    expect([noGood.statusCode, noGood.json().error.field]).toEqual([400, "content.goodReplies"]);
    expect((await officer.post("/api/knowhow/scripts/no-such/draft", { content })).statusCode).toBe(404);
    expect((await teller.post("/api/knowhow/scripts/demand-manager/draft", { content })).statusCode).toBe(
      403,
    );
    expect((await teller.get("/api/knowhow/scripts")).statusCode).toBe(403);
    expect((await versionsOf(officer)).filter((v) => v.status === "draft")).toEqual([]);
  });
});
