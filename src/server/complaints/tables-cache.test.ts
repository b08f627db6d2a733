import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { loadRegistrationInputs } from "./store.ts";
import { complaintBody } from "./test-fixtures.ts";

describeEachEngine("complaints: the category table and calendar held between reads", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.as("admin");
    officer = await t.as("officer.sb01");
  });
  afterAll(() => t.close());

  it("a complaint's detail shows a channel relabelled a moment before, and the old label again once undone", async () => {
    const { id, channel } = (
      await officer.post("/api/complaints", complaintBody({ channel: "0101" }))
    ).json();
    const before = channel.label;
    expect((await officer.get(`/api/complaints/${id}`)).json().channel.label).toBe(before);

    const relabel = (label: string) =>
      admin.request("PUT", "/api/complaints/categories/channel/0101", { label, parentCode: "01" });
    expect((await relabel("到店投诉")).statusCode).toBe(200);
    expect((await officer.get(`/api/complaints/${id}`)).json().channel.label).toBe("到店投诉");
    expect((await relabel(before)).statusCode).toBe(200);
    expect((await officer.get(`/api/complaints/${id}`)).json().channel.label).toBe(before);
  });

  it("a registration reads the administrators' calendar as it is, whoever changed it", async () => {
    const ot01 = await idOf(t, "unit", "OT01");
    const first = await loadRegistrationInputs(t.db, "/", ot01);
    const again = await loadRegistrationInputs(t.db, "/", ot01);
    // Unchanged: the tables held from the first read, not parsed again.
    expect(again?.calendar).toBe(first?.calendar);
    expect(again?.cats).toBe(first?.cats);

    // A Wednesday made a holiday by SQL, past any API: the triggers of migration 203 still see it.
    const wednesday = "2031-01-08";
    expect(first?.calendar.isWorkingDay(wednesday)).toBe(true);
    await t.db
      .insertInto("calendar_days")
      .values({ date: wednesday, kind: "holiday", name: "临时休假", updated_at: new Date().toISOString() })
      .execute();
    const changed = await loadRegistrationInputs(t.db, "/", ot01);
    expect(changed?.calendar.isWorkingDay(wednesday)).toBe(false);
    await t.db.deleteFrom("calendar_days").where("date", "=", wednesday).execute();
    expect((await loadRegistrationInputs(t.db, "/", ot01))?.calendar.isWorkingDay(wednesday)).toBe(true);
  });
});
