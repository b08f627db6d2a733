import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("incidents: one event covering several outlets", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const inbox = async (username: string) =>
    (await (await t.as(username)).get("/api/notifications")).json().items as { text: string; link: string }[];
  const boardRefs = async (username: string) =>
    (await (await t.as(username)).get("/api/incidents/board"))
      .json()
      .items.map((i: { ref: string }) => i.ref);
  const listRefs = async (username: string) =>
    (await (await t.as(username)).get("/api/incidents")).json().items.map((i: { ref: string }) => i.ref);

  it("the sub-branch adds its other outlets to a typhoon: they open the room, see it, are told; others get 404", async () => {
    const manager = await t.as("manager.sb01");
    const ot01 = await idOf(t, "unit", "OT01");
    const ot02 = await idOf(t, "unit", "OT02");
    const ot03 = await idOf(t, "unit", "OT03");
    const reported = await manager.post("/api/incidents", {
      category: "disaster_epidemic",
      summary: "台风登陆，网点进水停业",
      orgUnitId: ot01,
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const inc = reported.json();
    const lobby2 = await t.as("lobby.ot02");
    expect((await lobby2.get(`/api/incidents/${inc.id}`)).statusCode).toBe(404);

    // The lobby manager does not command; the outlet head's subtree is their own outlet only.
    const lobby1 = await t.as("lobby.ot01");
    expect((await lobby1.post(`/api/incidents/${inc.id}/outlets`, { orgUnitId: ot02 })).statusCode).toBe(403);
    const head1 = await t.as("head.ot01");
    const outside = await head1.post(`/api/incidents/${inc.id}/outlets`, { orgUnitId: ot02 });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.field).toBe("orgUnitId");
    const notOutlet = await manager.post(`/api/incidents/${inc.id}/outlets`, {
      orgUnitId: await idOf(t, "unit", "SB01"),
    });
    expect(notOutlet.json().error.field).toBe("orgUnitId");
    const own = await manager.post(`/api/incidents/${inc.id}/outlets`, { orgUnitId: ot01 });
    expect(own.statusCode).toBe(409);

    const added = await manager.post(`/api/incidents/${inc.id}/outlets`, { orgUnitId: ot02 });
    expect(added.statusCode, added.body).toBe(200);
    await manager.post(`/api/incidents/${inc.id}/outlets`, { orgUnitId: ot03 });
    expect((await manager.post(`/api/incidents/${inc.id}/outlets`, { orgUnitId: ot02 })).statusCode).toBe(
      409,
    );

    const room = await lobby2.get(`/api/incidents/${inc.id}`);
    expect(room.statusCode).toBe(200);
    expect(room.json().outlets.map((o: { name: string }) => o.name)).toEqual(["解放路网点", "新华街网点"]);
    // Staff of an added outlet work the event in its room.
    expect((await lobby2.post(`/api/incidents/${inc.id}/notes`, { text: "本网点已断电" })).statusCode).toBe(
      204,
    );
    expect(await boardRefs("lobby.ot02")).toContain(inc.ref);
    expect(await listRefs("lobby.ot02")).toContain(inc.ref);
    expect(
      (await inbox("head.ot02")).find((n) => n.text.includes(inc.ref) && n.text.includes("解放路网点")),
    ).toMatchObject({ link: `/incidents/${inc.id}` });
    const timeline = (await manager.get(`/api/incidents/${inc.id}/timeline`)).json().items;
    expect(timeline.some((e: { text: string }) => e.text.includes("将解放路网点纳入本事件"))).toBe(true);
    const audited = await t.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "incidents.outlet_add")
      .where("entity_id", "=", String(inc.id))
      .execute();
    expect(audited).toHaveLength(2);

    // A user outside every outlet of the event, in another sub-branch, neither opens nor sees it.
    const lobby4 = await t.as("lobby.ot04");
    expect((await lobby4.get(`/api/incidents/${inc.id}`)).statusCode).toBe(404);
    expect((await lobby4.post(`/api/incidents/${inc.id}/notes`, { text: "x" })).statusCode).toBe(404);
    expect(await boardRefs("lobby.ot04")).not.toContain(inc.ref);
    expect(await listRefs("lobby.ot04")).not.toContain(inc.ref);

    // The upward report's place names every outlet; the daily update reaches every outlet's head.
    const place = (await manager.get(`/api/incidents/${inc.id}/reports`)).json().draft.place;
    expect(place).toContain("人民路网点、解放路网点、新华街网点");
    for (let hours = 0; hours < 25; hours += 1) {
      t.clock.advanceMinutes(60);
      await t.deps.scheduler.tick(t.clock.now());
    }
    expect((await inbox("head.ot02")).some((n) => n.text.includes(inc.ref) && n.text.includes("续报"))).toBe(
      true,
    );
  });

  it("an outlet cannot be added to a closed event", async () => {
    const manager = await t.as("manager.sb01");
    const inc = (
      await manager.post("/api/incidents", {
        category: "queue_machine_failure",
        summary: "叫号机故障",
        orgUnitId: await idOf(t, "unit", "OT01"),
      })
    ).json();
    await t.db.updateTable("incidents").set({ status: "closed" }).where("id", "=", inc.id).execute();
    const refused = await manager.post(`/api/incidents/${inc.id}/outlets`, {
      orgUnitId: await idOf(t, "unit", "OT02"),
    });
    expect(refused.statusCode).toBe(409);
  });
});
