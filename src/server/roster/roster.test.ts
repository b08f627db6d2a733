import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("duty roster", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it("is kept by the unit's head within their unit, seen above, and every change is audited", async () => {
    const ot01 = await idOf(t, "unit", "OT01");
    const teller = await idOf(t, "user", "teller.ot01");
    const shift = { userId: teller, dayKind: "workday", start: "18:00", end: "08:00" };
    expect((await (await t.as("teller.ot01")).post(`/api/roster/${ot01}/shifts`, shift)).statusCode).toBe(
      403,
    );
    expect((await (await t.as("head.ot02")).post(`/api/roster/${ot01}/shifts`, shift)).statusCode).toBe(404);

    const head = await t.as("head.ot01");
    const outsider = await idOf(t, "user", "lobby.ot02");
    const refused = await head.post(`/api/roster/${ot01}/shifts`, { ...shift, userId: outsider });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe("userId");
    const badTime = await head.post(`/api/roster/${ot01}/shifts`, { ...shift, end: "8:00" });
    expect(badTime.statusCode).toBe(400);
    expect(badTime.body).toContain("end");
    const noDate = await head.post(`/api/roster/${ot01}/shifts`, { ...shift, dayKind: "date" });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.body).toContain("date");

    const created = await head.post(`/api/roster/${ot01}/shifts`, shift);
    expect(created.statusCode).toBe(201);
    const seenAbove = (await (await t.as("manager.sb01")).get(`/api/roster/${ot01}`)).json();
    expect(seenAbove.shifts).toEqual([
      expect.objectContaining({ userId: teller, start: "18:00", end: "08:00" }),
    ]);
    expect((await (await t.as("lobby.ot02")).get(`/api/roster/${ot01}`)).statusCode).toBe(404);

    expect((await head.request("DELETE", `/api/roster/shifts/${created.json().id}`)).statusCode).toBe(204);
    expect((await head.get(`/api/roster/${ot01}`)).json().shifts).toEqual([]);
    const actions = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "like", "roster.%")
      .orderBy("id")
      .execute();
    expect(actions.map((a) => a.action)).toEqual(["roster.shift_add", "roster.shift_remove"]);
  });
});
