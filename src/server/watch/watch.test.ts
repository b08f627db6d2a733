import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp } from "../../../test/app.ts";
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

  it("an open public-opinion event colours every outlet it concerns by its level, until it closes", async () => {
    const officer = await t.as("officer.sb01");
    const [ot02, ot03] = [await idOf(t, "unit", "OT02"), await idOf(t, "unit", "OT03")];
    const post = (body: object) =>
      officer.post("/api/opinion/events", {
        platform: "douyin",
        summary: "视频称东城网点要倒闭，号召取钱",
        firstSeenAt: t.clock.now().toISOString(),
        orgUnitId: ot03,
        ...body,
      });
    const drill = await post({ topics: ["bank_run"], drill: true });
    expect(drill.statusCode, drill.body).toBe(201);
    let b = await board("manager.sb01");
    expect(b.opinion.find((o) => o.id === drill.json().id)).toMatchObject({ drill: true });
    expect(b.outlets.find((o) => o.code === "OT03")).toMatchObject({ worst: "none", open: 0 });

    const made = await post({ topics: ["bank_run"], unitIds: [ot02] });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().level).toBe("major");
    b = await board("manager.sb01");
    expect(b.opinion.find((o) => o.id === made.json().id)).toMatchObject({
      ref: made.json().ref,
      level: "major",
      orgUnitName: "新华街网点",
      unitIds: [ot03, ot02],
    });
    expect(b.outlets.find((o) => o.code === "OT03")).toMatchObject({ worst: "red", open: 1 });
    expect(b.outlets.find((o) => o.code === "OT02")).toMatchObject({ worst: "red", open: 1 });
    // An outlet the post is about sees the event on its own board; one it is not about does not.
    expect((await board("head.ot02")).opinion.map((o) => o.id)).toContain(made.json().id);
    expect((await board("head.ot01")).opinion.map((o) => o.id)).not.toContain(made.json().id);

    const closed = await officer.post(`/api/opinion/events/${made.json().id}/step`, {
      step: "verify",
      outcome: "unfounded",
      note: "核实为旧视频翻炒，网点营业正常",
    });
    expect(closed.statusCode, closed.body).toBe(200);
    b = await board("manager.sb01");
    expect(b.opinion.map((o) => o.id)).not.toContain(made.json().id);
    expect(b.outlets.find((o) => o.code === "OT03")).toMatchObject({ worst: "none", open: 0 });
  });

  it("a board per level of the tree: the branch opens a sub-branch's board and goes back up", async () => {
    const branch = await t.as("manager.br01");
    const [br01, sb01, ot01] = [
      await idOf(t, "unit", "BR01"),
      await idOf(t, "unit", "SB01"),
      await idOf(t, "unit", "OT01"),
    ];
    const own = await board("manager.br01");
    expect(own.parent).toBeNull();
    expect(own.subunits.map((u) => u.name)).toEqual(["东城第一支行", "东城第二支行"]);

    const below = await branch.get(`/api/watch?orgUnitId=${sb01}`);
    expect(below.statusCode, below.body).toBe(200);
    const sub = below.json() as WatchBoard;
    expect(sub.unit).toMatchObject({ id: sb01, kind: "sub_branch" });
    expect(sub.parent).toMatchObject({ id: br01 });
    expect(sub.subunits).toEqual([]);
    expect(sub.outlets.map((o) => o.code)).toEqual(["OT01", "OT02", "OT03"]);
    // The sub-branch's board as its own manager sees it, item for item.
    const theirs = await board("manager.sb01");
    expect(sub.outlets).toEqual(theirs.outlets);
    expect(sub.opinion.map((o) => o.id)).toEqual(theirs.opinion.map((o) => o.id));

    const outlet = (await branch.get(`/api/watch?orgUnitId=${ot01}`)).json() as WatchBoard;
    expect(outlet.outlets.map((o) => o.code)).toEqual(["OT01"]);
    expect(outlet.parent).toMatchObject({ id: sb01 });

    // Above or beside one's own part of the tree there is no board to open.
    const manager = await t.as("manager.sb01");
    expect((await manager.get(`/api/watch?orgUnitId=${br01}`)).statusCode).toBe(404);
    expect((await manager.get(`/api/watch?orgUnitId=${await idOf(t, "unit", "OT04")}`)).statusCode).toBe(404);
    expect((await manager.get("/api/watch?orgUnitId=abc")).json().error.field).toBe("orgUnitId");
  });
});
