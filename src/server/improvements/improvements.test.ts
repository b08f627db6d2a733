import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { addDays, localDateOf } from "../../domain/calendar/dates.ts";

interface Improvement {
  id: number;
  sourceRef: string;
  what: string;
  ownerName: string;
  status: string;
  overdue: boolean;
  outcome: string | null;
  allowedActions: string[];
}

describeEachEngine("improvements from reviews and closings", (engine) => {
  let t: TestApp;
  let head: TestClient;
  let lobby: TestClient;
  let teller: TestClient;
  let manager: TestClient;
  let headOt02: TestClient;
  let reviewed: { id: number; ref: string };
  let unreviewed: { id: number };
  let closedComplaint: { id: number; ref: string };
  let lobbyId: number;
  let tellerOt04Id: number;

  const at = async (code: string) =>
    (await t.db.selectFrom("org_units").select("id").where("code", "=", code).executeTakeFirstOrThrow()).id;
  const userId = async (username: string) =>
    (await t.db.selectFrom("users").select("id").where("username", "=", username).executeTakeFirstOrThrow())
      .id;
  const today = () => localDateOf(t.clock.now(), t.deps.config.timeZone);
  const inDays = (days: number) => addDays(today(), days);

  beforeAll(async () => {
    t = await startTestApp(engine, { sampleRecords: true });
    [head, lobby, teller, manager, headOt02] = await Promise.all(
      ["head.ot01", "lobby.ot01", "teller.ot01", "manager.sb01", "head.ot02"].map((u) => t.as(u)),
    );
    const ot01 = await at("OT01");
    reviewed = await t.db
      .selectFrom("incidents")
      .select(["id", "ref"])
      .where("org_unit_id", "=", ot01)
      .where("review_json", "is not", null)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    unreviewed = await t.db
      .selectFrom("incidents")
      .select("id")
      .where("org_unit_id", "=", ot01)
      .where("review_json", "is", null)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    closedComplaint = await t.db
      .selectFrom("complaints")
      .select(["id", "ref"])
      .where("org_unit_id", "=", ot01)
      .where("status", "=", "closed")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    lobbyId = await userId("lobby.ot01");
    tellerOt04Id = await userId("lobby.ot04");
  });
  afterAll(() => t.close());

  const plan = (client: TestClient, body: object) =>
    client.post("/api/improvements", {
      sourceKind: "incident",
      sourceId: reviewed.id,
      area: "script",
      what: "话术库补上老年客户取现的说法",
      ownerId: lobbyId,
      dueOn: inDays(7),
      ...body,
    });

  it("a head plans an improvement after a review: the owner is told and sees it open on their list", async () => {
    const res = await plan(head, {});
    expect(res.statusCode).toBe(200);
    const created = res.json() as Improvement;
    expect(created).toMatchObject({ sourceRef: reviewed.ref, status: "open", overdue: false });
    const inbox = (await lobby.get("/api/notifications")).json().items;
    expect(inbox[0].text).toContain("话术库补上老年客户取现的说法");
    const mine = (await lobby.get("/api/improvements?mine=true&status=open")).json().items as Improvement[];
    expect(mine.map((i) => i.id)).toContain(created.id);
    expect(mine.find((i) => i.id === created.id)?.allowedActions).toEqual(["complete"]);
    const audit = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", "improvement_action")
      .where("entity_id", "=", String(created.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["improvements.create"]);
  });

  it("a closed complaint's rectification becomes an improvement too; an unreviewed incident cannot", async () => {
    const fromComplaint = await plan(head, {
      sourceKind: "complaint",
      sourceId: closedComplaint.id,
      area: "procedure",
      what: "柜面核对大额取现用途的流程改为先说明原因",
    });
    expect(fromComplaint.json()).toMatchObject({ sourceRef: closedComplaint.ref });
    const early = await plan(head, { sourceId: unreviewed.id });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.field).toBe("sourceId");
  });

  it("refuses bad input naming the field, and plans nothing for a teller or outside the scope", async () => {
    const before = await t.db.selectFrom("improvement_actions").select("id").execute();
    const past = await plan(head, { dueOn: "2020-01-01" });
    expect([past.statusCode, past.json().error.field]).toEqual([400, "dueOn"]);
    const stranger = await plan(head, { ownerId: tellerOt04Id });
    expect([stranger.statusCode, stranger.json().error.field]).toEqual([400, "ownerId"]);
    const blank = await plan(head, { what: "  " });
    expect([blank.statusCode, blank.json().error.field]).toEqual([400, "what"]);
    expect((await plan(teller, {})).statusCode).toBe(403);
    const elsewhere = await plan(headOt02, { ownerId: await userId("teller.ot02") });
    expect([elsewhere.statusCode, elsewhere.json().error.field]).toEqual([400, "sourceId"]);
    expect(await t.db.selectFrom("improvement_actions").select("id").execute()).toHaveLength(before.length);
  });

  it("the sub-branch sees its outlets' improvements; another outlet's head does not", async () => {
    const bySb01 = (await manager.get("/api/improvements")).json().items as Improvement[];
    expect(bySb01.length).toBeGreaterThanOrEqual(2);
    expect((await headOt02.get("/api/improvements")).json().items).toEqual([]);
    // A teller who owns none sees none.
    expect((await teller.get("/api/improvements")).json().items).toEqual([]);
  });

  it("past its due date it is overdue and its owner and planner are reminded; the owner closes it", async () => {
    const created = (
      await plan(head, { dueOn: today(), what: "大堂配备老花镜和放大镜" })
    ).json() as Improvement;
    t.clock.advanceMinutes(2 * 24 * 60);
    expect(await t.deps.scheduler.tick(t.clock.now())).toBeGreaterThanOrEqual(1);
    lobby = await t.as("lobby.ot01");
    head = await t.as("head.ot01");
    teller = await t.as("teller.ot01");
    expect((await lobby.get("/api/notifications")).json().items[0].text).toContain("大堂配备老花镜和放大镜");
    expect((await head.get("/api/notifications")).json().items[0].text).toContain("已过期限");
    const listed = (await lobby.get("/api/improvements?status=open")).json().items as Improvement[];
    expect(listed.find((i) => i.id === created.id)).toMatchObject({ overdue: true });

    const done = await lobby.post(`/api/improvements/${created.id}/complete`, {
      outcome: "各窗口已配老花镜",
    });
    expect(done.json()).toMatchObject({ status: "done", overdue: false, outcome: "各窗口已配老花镜" });
    const again = await lobby.post(`/api/improvements/${created.id}/complete`, { outcome: "再次" });
    expect(again.statusCode).toBe(409);
    expect((await teller.post(`/api/improvements/${created.id}/complete`, { outcome: "x" })).statusCode).toBe(
      404,
    );
    const pending = await t.db
      .selectFrom("due_items")
      .select("id")
      .where("kind", "=", "improvement.overdue")
      .where("subject_id", "=", created.id)
      .execute();
    expect(pending).toEqual([]);
  });
});
