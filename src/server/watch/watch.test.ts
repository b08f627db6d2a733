import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import type { WatchBoard } from "../../domain/watch/schema.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

const DAY = 86_400_000;

describeEachEngine("watch board", (engine) => {
  let t: TestApp;
  const board = async (username: string) => {
    const res = await (await t.as(username)).get("/api/watch");
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as WatchBoard;
  };
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it("an overdue follow-up colours its outlet yellow on the sub-branch manager's board", async () => {
    const teller = await t.as("teller.ot01");
    const head = await t.as("head.ot01");
    const { id } = (
      await teller.post("/api/counter-exceptions", { type: "system_failure", description: "存折打印机卡纸" })
    ).json();
    await head.post(`/api/counter-exceptions/${id}/verify`, { outcome: "confirmed", findings: "属实" });
    const handled = await teller.post(`/api/counter-exceptions/${id}/handle`, {
      actions: ["repaired_device"],
      detail: "已报修",
      followUpDueAt: new Date(t.clock.now().getTime() + DAY).toISOString(),
    });
    expect(handled.statusCode, handled.body).toBe(200);
    expect((await board("manager.sb01")).exceptions).toEqual([]);

    t.clock.advanceMinutes(2 * 24 * 60);
    const b = await board("manager.sb01");
    expect(b.exceptions.map((e) => e.id)).toEqual([id]);
    expect(b.outlets.map((o) => o.code)).toEqual(["OT01", "OT02", "OT03"]);
    expect(b.outlets.find((o) => o.code === "OT01")).toMatchObject({ worst: "yellow", open: 1 });
    expect(b.outlets.find((o) => o.code === "OT02")).toMatchObject({ worst: "none", open: 0 });
  });

  it("a complaint past its deadline makes the outlet orange; an incident colours it by severity", async () => {
    const lobby = await t.as("lobby.ot01");
    const late = complaintBody({ receivedAt: new Date(t.clock.now().getTime() - 40 * DAY).toISOString() });
    const complaint = await lobby.post("/api/complaints", late);
    expect(complaint.statusCode, complaint.body).toBe(201);
    let b = await board("manager.sb01");
    expect(b.complaints).toMatchObject([
      { id: complaint.json().id, breached: true, orgUnitName: "人民路网点" },
    ]);
    expect(b.outlets.find((o) => o.code === "OT01")?.worst).toBe("orange");

    const incident = await lobby.post("/api/incidents", {
      category: "staff_safety",
      summary: "有人持刀在大厅滋事",
      answers: { weapon: true },
    });
    expect(incident.statusCode, incident.body).toBe(201);
    b = await board("manager.sb01");
    expect(b.incidents.map((i) => i.id)).toContain(incident.json().id);
    const severity = incident.json().severity as "I" | "II" | "III";
    const expected = { I: "red", II: "orange", III: "orange" }[severity];
    expect(b.outlets.find((o) => o.code === "OT01")).toMatchObject({ worst: expected, open: 3 });
  });

  it("each board holds its own subtree only; tellers have none", async () => {
    const other = await board("head.ot02");
    expect(other.outlets.map((o) => o.code)).toEqual(["OT02"]);
    expect(other.complaints).toEqual([]);
    expect(other.exceptions).toEqual([]);
    expect(other.incidents).toEqual([]);
    expect((await board("manager.br01")).outlets).toHaveLength(6);
    expect((await (await t.as("teller.ot01")).get("/api/watch")).statusCode).toBe(403);
  });
});
