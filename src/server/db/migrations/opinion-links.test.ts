import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp } from "../../../../test/app.ts";
import { describeEachEngine } from "../../../../test/engines.ts";
import { down, up } from "./186_opinion_links_on_record_links.ts";

describeEachEngine("migration 186: public-opinion links on record_links", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it("moves an event's links to incidents and complaints, with who linked them, both ways", async () => {
    const lobby = await t.as("lobby.ot01");
    const officer = await t.as("officer.sb01");
    const inc = (
      await lobby.post("/api/incidents", { category: "media_interview", summary: "记者在大堂拍摄" })
    ).json();
    const made = await officer.post("/api/opinion/events", {
      platform: "douyin",
      summary: "短视频称网点拒绝老人办理业务",
      firstSeenAt: t.clock.now().toISOString(),
      orgUnitId: await idOf(t, "unit", "OT01"),
      linkRef: inc.ref,
    });
    expect(made.statusCode, made.body).toBe(201);
    const eventId = made.json().id as number;
    const officerId = await idOf(t, "user", "officer.sb01");

    // A database from before 186: the link in the event's own table, by reference.
    await down(t.db as never);
    // biome-ignore lint/suspicious/noExplicitAny: the table 186 drops is not in the schema types
    const d = t.db as any;
    expect(
      await d.selectFrom("opinion_event_links").select(["event_id", "kind", "ref", "linked_by"]).execute(),
    ).toEqual([{ event_id: eventId, kind: "incident", ref: inc.ref, linked_by: officerId }]);
    expect(
      await t.db.selectFrom("record_links").select("id").where("a_kind", "=", "opinion_event").execute(),
    ).toEqual([]);

    await up(t.db as never);
    const moved = await t.db
      .selectFrom("record_links")
      .select(["a_kind", "a_id", "b_kind", "b_id", "created_by"])
      .where("a_kind", "=", "opinion_event")
      .execute();
    expect(moved).toEqual([
      { a_kind: "opinion_event", a_id: eventId, b_kind: "incident", b_id: inc.id, created_by: officerId },
    ]);
    const detail = (await officer.get(`/api/opinion/events/${eventId}`)).json();
    expect(detail.links).toMatchObject([{ kind: "incident", ref: inc.ref }]);
  });
});
