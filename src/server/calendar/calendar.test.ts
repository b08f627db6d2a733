import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { localDateOf } from "../../domain/calendar/dates.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

describeEachEngine("the business calendar comes with the official holidays", (engine) => {
  let t: TestApp;
  let lobby: TestClient;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    // The Spring Festival of 2026 (15–23 February, make-up working days on 14 and 28 February) is the
    // latest the installed chinese-days knows; the clock stands in the week before it.
    t.clock.current = new Date("2026-02-02T10:00:00+08:00");
    lobby = await t.as("lobby.ot01");
    admin = await t.as("admin");
  });
  afterAll(() => t.close());

  const dueDayOfNewComplaint = async () => {
    const res = await lobby.post(
      "/api/complaints",
      complaintBody({ receivedAt: "2026-02-01T09:30:00+08:00" }),
    );
    expect(res.statusCode, res.body).toBe(201);
    return localDateOf(res.json().decisionDueAt, "Asia/Shanghai");
  };

  it("a complaint received before the Spring Festival is due after it, with no day typed in by hand", async () => {
    // 15 days from 1 February end on 16 February, a festival day: the deadline moves to the first working
    // day after the holiday, not to Monday 16th as on a weekends-only calendar.
    expect(await dueDayOfNewComplaint()).toBe("2026-02-24");
  });

  it("the calendar page lists the official days as such; an administrator's day overrides one until cleared", async () => {
    const year = async () => (await admin.get("/api/calendar/days?year=2026")).json().items;
    const festival = (await year()).filter((d: { name: string }) => d.name === "春节");
    expect(festival.map((d: { date: string; kind: string }) => `${d.date} ${d.kind}`)).toEqual([
      "2026-02-14 workday",
      ...["15", "16", "17", "18", "19", "20", "21", "22", "23"].map((d) => `2026-02-${d} holiday`),
      "2026-02-28 workday",
    ]);
    expect(festival.every((d: { source: string }) => d.source === "official")).toBe(true);

    const set = await admin.request("PUT", "/api/calendar/days/2026-02-16", {
      kind: "workday",
      name: "总行安排值班",
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ source: "admin" });
    expect((await year()).find((d: { date: string }) => d.date === "2026-02-16")).toMatchObject({
      kind: "workday",
      name: "总行安排值班",
      source: "admin",
    });
    expect(await dueDayOfNewComplaint()).toBe("2026-02-16");

    expect((await admin.request("DELETE", "/api/calendar/days/2026-02-16")).statusCode).toBe(204);
    expect((await year()).find((d: { date: string }) => d.date === "2026-02-16")).toMatchObject({
      kind: "holiday",
      name: "春节",
      source: "official",
    });
    expect(await dueDayOfNewComplaint()).toBe("2026-02-24");
  });
});
