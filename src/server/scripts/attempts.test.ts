import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

const INTRODUCTION =
  "给您带来不好的体验，真抱歉。我是柜员，我叫李明，这件事我可以处理，请您把情况跟我详细说说。";

interface Attempt {
  id: number;
  username: string;
  scenarioId: string;
  scenarioVersion: string;
  currentVersion: boolean;
  reply: string;
  score: number;
  verdict: string;
  elements: { element: string; present: boolean }[];
}

describeEachEngine("practice attempts", (engine) => {
  let t: TestApp;
  let teller: TestClient;
  let teller2: TestClient;
  let tellerOt02: TestClient;
  let head: TestClient;
  let manager: TestClient;
  let headOt02: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    [teller, teller2, tellerOt02, head, manager, headOt02] = await Promise.all(
      ["teller.ot01", "teller2.ot01", "teller.ot02", "head.ot01", "manager.sb01", "head.ot02"].map((u) =>
        t.as(u),
      ),
    );
    // Each practises once; the OT01 teller twice, first poorly.
    await teller.post("/api/scripts/demand-manager/practice", { reply: "您稍等，我去叫行长。" });
    await teller.post("/api/scripts/demand-manager/practice", { reply: INTRODUCTION });
    await teller2.post("/api/scripts/long-queue/practice", { reply: "人多就是这样，等着吧。" });
    await tellerOt02.post("/api/scripts/long-queue/practice", { reply: "让您久等了。" });
  });
  afterAll(() => t.close());

  const items = async (client: TestClient, query = "") => {
    const res = await client.get(`/api/practice-attempts${query}`);
    expect(res.statusCode).toBe(200);
    return res.json().items as Attempt[];
  };

  it("a practice reply is stored with the scenario's version, its score, verdict and findings, and audited", async () => {
    const mine = await items(teller);
    expect(mine.map((a) => [a.scenarioId, a.verdict])).toEqual([
      ["demand-manager", "good"],
      ["demand-manager", "needs_work"],
    ]);
    const { version } = (await teller.get("/api/scripts/demand-manager")).json();
    expect(mine[0]).toMatchObject({
      username: "teller.ot01",
      scenarioVersion: version,
      currentVersion: true,
      reply: INTRODUCTION,
      score: 100,
    });
    expect(mine[0].elements.find((e) => e.element === "introduce")).toMatchObject({ present: true });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["action", "entity_type", "after_json", "org_path"])
      .where("action", "=", "scripts.practise")
      .where("actor_username", "=", "teller.ot01")
      .orderBy("id")
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[1].entity_type).toBe("user");
    expect(JSON.parse(audit[1].after_json ?? "{}")).toMatchObject({
      attemptId: mine[0].id,
      scenarioId: "demand-manager",
      scenarioVersion: version,
      verdict: "good",
    });
    // The reply is in the attempt, not copied into the log.
    expect(audit[1].after_json).not.toContain("李明");
  });

  it("staff see only their own attempts and may not ask for a colleague's", async () => {
    expect((await items(teller2)).map((a) => a.username)).toEqual(["teller2.ot01"]);
    const users = (await head.get("/api/users?q=teller.ot01")).json().items;
    const id = users.find((u: { username: string }) => u.username === "teller.ot01").id;
    expect((await teller2.get(`/api/practice-attempts?userId=${id}`)).statusCode).toBe(403);
  });

  it("a head sees the attempts made at the outlet, a sub-branch manager those of every outlet below", async () => {
    const atOt01 = await items(head);
    expect(new Set(atOt01.map((a) => a.username))).toEqual(new Set(["teller.ot01", "teller2.ot01"]));
    expect(new Set((await items(headOt02)).map((a) => a.username))).toEqual(new Set(["teller.ot02"]));
    const bySb01 = await items(manager);
    expect(new Set(bySb01.map((a) => a.username))).toEqual(
      new Set(["teller.ot01", "teller2.ot01", "teller.ot02"]),
    );
    expect(await items(manager, "?mine=true")).toEqual([]);
    expect((await items(manager, "?scenarioId=long-queue")).map((a) => a.username).sort()).toEqual([
      "teller.ot02",
      "teller2.ot01",
    ]);
  });

  it("pages newest first by cursor", async () => {
    const first = (await manager.get("/api/practice-attempts?limit=3")).json();
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await manager.get(`/api/practice-attempts?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ nextCursor: null });
    const ids = [...first.items, ...second.items].map((a: Attempt) => a.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids).toHaveLength(4);
  });

  it("bad filters answer 400 naming the field, and nothing is stored for a refused reply", async () => {
    const bad = await manager.get("/api/practice-attempts?limit=0");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("limit");
    expect((await manager.get("/api/practice-attempts?cursor=nonsense")).json().error.field).toBe("cursor");
    expect((await teller.post("/api/scripts/demand-manager/practice", { reply: " " })).statusCode).toBe(400);
    expect((await teller.post("/api/scripts/no-such/practice", { reply: "好的" })).statusCode).toBe(404);
    expect(await items(teller)).toHaveLength(2);
  });
});
