import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("rewards and accountability", (engine) => {
  let t: TestApp;
  let manager: TestClient;
  let ids: Record<string, number>;
  let incidentRef: string;
  const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(t.clock.now());

  beforeAll(async () => {
    t = await startTestApp(engine);
    manager = await t.as("manager.sb01");
    const users = await t.db.selectFrom("users").select(["id", "username"]).execute();
    ids = Object.fromEntries(users.map((u) => [u.username, u.id]));
    const lobby = await t.as("lobby.ot01");
    incidentRef = (
      await lobby.post("/api/incidents", {
        category: "media_complaint",
        summary: "客户在网上发帖投诉排队分流",
      })
    ).json().ref;
  });
  afterAll(() => t.close());

  it("a manager holds a person to account for a public-opinion event, audited", async () => {
    const res = await manager.post("/api/accountability/records", {
      userId: ids["lobby.ot01"],
      kind: "accountability",
      measure: "criticism",
      reason: "未按规定分流客户，引发网络负面舆情",
      sourceRef: incidentRef,
      decidedOn: today(),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      user: { id: ids["lobby.ot01"], orgUnitName: "人民路网点" },
      measureLabel: "通报批评",
      sourceRef: incidentRef,
      decidedBy: { id: ids["manager.sb01"] },
    });
    const reward = await (await t.as("head.ot01")).post("/api/accountability/records", {
      userId: ids["teller.ot01"],
      kind: "reward",
      measure: "commendation",
      reason: "耐心化解老年客户误解",
      decidedOn: today(),
    });
    expect(reward.statusCode).toBe(201);
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["action", "actor_username"])
      .where("entity_type", "=", "accountability_record")
      .orderBy("id")
      .execute();
    expect(audit).toEqual([
      { action: "accountability.record", actor_username: "manager.sb01" },
      { action: "accountability.record", actor_username: "head.ot01" },
    ]);
  });

  it("is read by the person and their managers only", async () => {
    const names = async (username: string) =>
      (await (await t.as(username)).get("/api/accountability/records"))
        .json()
        .items.map((r: { user: { id: number } }) => r.user.id);
    expect(await names("lobby.ot01")).toEqual([ids["lobby.ot01"]]);
    expect(await names("teller.ot01")).toEqual([ids["teller.ot01"]]);
    expect(await names("teller2.ot01")).toEqual([]);
    expect((await names("head.ot01")).sort()).toEqual([ids["lobby.ot01"], ids["teller.ot01"]].sort());
    expect(await names("head.ot02")).toEqual([]);
    expect(await names("officer.sb01")).toEqual([]);
    expect((await names("manager.sb01")).length).toBe(2);
  });

  it("refuses what a manager may not decide, naming the field", async () => {
    const base = {
      userId: ids["teller.ot01"],
      kind: "reward",
      measure: "bonus",
      reason: "表现突出",
      decidedOn: today(),
    };
    for (const [patch, field] of [
      [{ measure: "criticism" }, "measure"],
      [{ userId: ids["lobby.ot04"] }, "userId"],
      [{ sourceRef: "INC-20200101-0001" }, "sourceRef"],
      [{ sourceRef: "事件1" }, "sourceRef"],
      [{ decidedOn: "2099-01-01" }, "decidedOn"],
      [{ reason: "" }, "reason"],
    ] as const) {
      const res = await manager.post("/api/accountability/records", { ...base, ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      expect(res.json().error.field, JSON.stringify(patch)).toBe(field);
    }
    const self = await manager.post("/api/accountability/records", { ...base, userId: ids["manager.sb01"] });
    expect(self.json().error.code).toBe("accountability.self");
    expect((await (await t.as("officer.sb01")).post("/api/accountability/records", base)).statusCode).toBe(
      403,
    );
    expect((await (await t.as("teller2.ot01")).post("/api/accountability/records", base)).statusCode).toBe(
      403,
    );
  });
});
