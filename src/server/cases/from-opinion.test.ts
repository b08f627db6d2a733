import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("cases drafted from closed public-opinion events", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let manager: TestClient;
  let ot01: number;
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    manager = await t.as("manager.sb01");
    ot01 = await idOf(t, "unit", "OT01");
  });
  afterAll(() => t.close());

  const post = async (client: TestClient, url: string, body: object) => {
    const res = await client.post(url, body);
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  const fromSource = (sourceRef: string) => officer.post("/api/cases/from-source", { sourceRef });

  /** An event taken through its workflow to the review, with a capture, a rumour and a published statement. */
  async function closedEvent(drill = false) {
    const made = await post(officer, "/api/opinion/events", {
      platform: "weibo",
      summary: "网帖称人民路网点要倒闭，储户连夜排队",
      firstSeenAt: "2026-11-20T12:00:00.000Z",
      orgUnitId: ot01,
      author: "王小虎",
      capturedText: "王小虎发帖：我在人民路网点取不出钱，电话 13912345678 打不通",
      drill,
    });
    const base = `/api/opinion/events/${made.id}`;
    await post(officer, `${base}/entries`, {
      kind: "rumour",
      claim: "网点要倒闭",
      facts: "网点经营正常，存款受存款保险保障",
    });
    const drafted = await post(officer, `${base}/statements`, {
      text: "我行人民路网点营业正常，请勿轻信传言。",
    });
    const statementId = drafted.statements[0].id;
    await post(manager, `${base}/statements/${statementId}/approve`, {});
    await post(officer, `${base}/statements/${statementId}/publish`, { where: "官方微博" });
    for (const step of ["verify", "assess", "respond", "track"])
      await post(officer, `${base}/step`, { step, outcome: "confirmed", note: `${step} 记录` });
    await post(officer, `${base}/step`, { step: "review", note: "复盘：辟谣要在两小时内发出" });
    return made as { id: number; ref: string };
  }

  it("a closed event becomes a draft: the post and the bank's statement as the story, personal data stripped", async () => {
    const event = await closedEvent();
    const res = await fromSource(event.ref);
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json();
    expect(draft).toMatchObject({
      status: "draft",
      sourceKind: "opinion_event",
      sourceRef: event.ref,
      category: "public_opinion",
      outcome: "regulator_or_media",
      occurredOn: "2026-11-20",
    });
    expect(draft.story).toContain("请勿轻信传言");
    expect(draft.story).toContain("王某");
    expect(draft.story).not.toContain("王小虎");
    expect(draft.story).not.toContain("13912345678");
    expect(draft.lessons).toContain("辟谣要在两小时内发出");
    expect(draft.lessons).toContain("存款受存款保险保障");
    const again = await fromSource(event.ref);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe("sourceRef");
  });

  it("an open event, a drill and an event outside the subtree are refused, naming the field", async () => {
    const open = await post(officer, "/api/opinion/events", {
      platform: "forum",
      summary: "论坛帖子称网点服务差",
      firstSeenAt: t.clock.now().toISOString(),
      orgUnitId: ot01,
    });
    const drill = await closedEvent(true);
    // Closed at once by the branch: verification found nothing in it. OT04 is not the officer's.
    const branch = await t.as("manager.br01");
    const elsewhere = await post(branch, "/api/opinion/events", {
      platform: "forum",
      summary: "论坛帖子称网点服务差",
      firstSeenAt: t.clock.now().toISOString(),
      orgUnitId: await idOf(t, "unit", "OT04"),
    });
    await post(branch, `/api/opinion/events/${elsewhere.id}/step`, {
      step: "verify",
      outcome: "unfounded",
      note: "与我行无关",
    });
    for (const ref of [open.ref, drill.ref, elsewhere.ref]) {
      const res = await fromSource(ref);
      expect(res.statusCode, ref).toBe(400);
      expect(res.json().error.field).toBe("sourceRef");
    }
    // The branch, whose subtree it is in, may.
    expect((await branch.post("/api/cases/from-source", { sourceRef: elsewhere.ref })).statusCode).toBe(201);
  });
});
