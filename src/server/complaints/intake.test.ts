import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

import { complaintBody, dueFor } from "./test-fixtures.ts";

describeEachEngine("complaints: intake, scope and personal data", (engine) => {
  let t: TestApp;
  let lobby: TestClient;
  let officer: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    lobby = await t.as("lobby.ot01");
    officer = await t.as("officer.sb01");
  });
  afterAll(() => t.close());

  it("a lobby manager registers a complaint by Chinese labels and gets a reference, the deadline and masked data", async () => {
    const body = complaintBody({ receivedAt: t.clock.now().toISOString() });
    const res = await lobby.post("/api/complaints", body);
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.ref).toMatch(/^CMP-\d{8}-0001$/);
    expect(c).toMatchObject({
      status: "open",
      orgUnitCode: "OT01",
      channel: { code: "0101", label: "营业现场", path: ["前台业务渠道", "营业现场"] },
      businessCategory: { code: "10" },
      cause: { code: "04" },
      complainantName: "张**",
      complainantPhone: "138****5678",
      complainant: { idNumber: "1*************1234", masked: true },
      decisionDueAt: dueFor(body.receivedAt, 0),
      clock: { state: "running" },
    });
    expect(res.body).not.toContain("张三丰");
    expect(res.body).not.toContain("13812345678");
  });

  it("codes are accepted as well as labels", async () => {
    const res = await lobby.post(
      "/api/complaints",
      complaintBody({
        channel: "010301",
        businessCategory: "03",
        cause: "07",
        complainant: { name: "李四" },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().channel.path).toEqual(["前台业务渠道", "电子渠道", "网上银行"]);
  });

  it("bad input is refused with the field named, and nothing is written", async () => {
    const before = (
      await t.db
        .selectFrom("complaints")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
    const cases: [Record<string, unknown>, string][] = [
      [{ channel: "柜台外面" }, "channel"],
      [{ cause: "99999" }, "cause"],
      [{ summary: "" }, "summary"],
      [{ receivedAt: "yesterday" }, "receivedAt"],
      [{ receivedAt: new Date(Date.now() + 86_400_000).toISOString() }, "receivedAt"],
      [{ complainant: { name: "王五", phone: "call me" } }, "complainant.phone"],
      [{ representatives: Array.from({ length: 6 }, (_, i) => ({ name: `代表${i}` })) }, "representatives"],
      [{ orgUnitId: await idOf(t, "unit", "OT04") }, "orgUnitId"],
    ];
    for (const [over, field] of cases) {
      const res = await lobby.post("/api/complaints", complaintBody(over));
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    const after = (
      await t.db
        .selectFrom("complaints")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
    expect(Number(after)).toBe(Number(before));
  });

  it("a user of OT02 gets 404 for an OT01 complaint and does not see it in the list", async () => {
    const { id } = (await lobby.post("/api/complaints", complaintBody())).json();
    const ot02 = await t.as("lobby.ot02");
    expect((await ot02.get(`/api/complaints/${id}`)).statusCode).toBe(404);
    expect((await ot02.post(`/api/complaints/${id}/pauses`, { reason: "mediation" })).statusCode).toBe(403);
    const head02 = await t.as("head.ot02");
    expect((await head02.post(`/api/complaints/${id}/pauses`, { reason: "mediation" })).statusCode).toBe(404);
    expect((await ot02.get("/api/complaints")).json().items).toEqual([]);
    expect((await officer.get(`/api/complaints/${id}`)).statusCode).toBe(200);
  });

  it("full personal data is shown only to roles that need it, and each view is audited", async () => {
    const { id } = (await lobby.post("/api/complaints", complaintBody())).json();
    expect((await lobby.get(`/api/complaints/${id}/personal-data`)).statusCode).toBe(403);
    const res = await officer.get(`/api/complaints/${id}/personal-data`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: "张三丰",
      phone: "13812345678",
      idNumber: "110101199001061234",
    });
    const audit = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "complaints.view_personal_data")
      .where("entity_id", "=", String(id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_username).toBe("officer.sb01");
  });

  it("a repeat by the same complainant on the same matter is offered for merging", async () => {
    const person = { name: "赵六", phone: "139 0000 1111" };
    const first = (await lobby.post("/api/complaints", complaintBody({ complainant: person }))).json();
    const second = (await lobby.post("/api/complaints", complaintBody({ complainant: person }))).json();
    expect(second.repeatCandidates.map((r: { id: number }) => r.id)).toEqual([first.id]);
    expect(second.repeat).toBe(true);
    // The 201 answer is built from what the registration wrote; it must be what anyone reading it sees.
    const { repeatCandidates, suggestServiceEmergency, ...created } = second;
    expect(suggestServiceEmergency).toBe(false);
    expect((await lobby.get(`/api/complaints/${second.id}`)).json()).toEqual(created);
    const merged = await officer.post(`/api/complaints/${second.id}/merge`, { intoId: first.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ status: "merged", mergedInto: { id: first.id } });
    const other = (
      await lobby.post("/api/complaints", complaintBody({ complainant: { name: "钱七" } }))
    ).json();
    expect((await officer.post(`/api/complaints/${other.id}/merge`, { intoId: first.id })).statusCode).toBe(
      400,
    );
  });

  it("a group complaint in person by 20 or more suggests a service emergency", async () => {
    const group = await lobby.post(
      "/api/complaints",
      complaintBody({ groupSize: 25, inPerson: true, representatives: [{ name: "代表甲" }] }),
    );
    expect(group.json().suggestServiceEmergency).toBe(true);
    const small = await lobby.post("/api/complaints", complaintBody({ groupSize: 19, inPerson: true }));
    expect(small.json().suggestServiceEmergency).toBe(false);
  });

  it("the staff member complained about cannot be the handler (recusal)", async () => {
    const head = await idOf(t, "user", "head.ot01");
    const res = await officer.post(
      "/api/complaints",
      complaintBody({ orgUnitId: await idOf(t, "unit", "OT01"), subjectStaffUserId: head, handlerId: head }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("handlerId");
    const ok = (
      await officer.post(
        "/api/complaints",
        complaintBody({ orgUnitId: await idOf(t, "unit", "OT01"), subjectStaffUserId: head }),
      )
    ).json();
    expect((await officer.post(`/api/complaints/${ok.id}/assign`, { handlerId: head })).statusCode).toBe(400);
    const assigned = await officer.post(`/api/complaints/${ok.id}/assign`, {
      handlerId: await idOf(t, "user", "officer.sb01"),
    });
    expect(assigned.json().handler.displayName).toBe("消保专员 李静");
    const withHandler = await officer.post(
      "/api/complaints",
      complaintBody({
        orgUnitId: await idOf(t, "unit", "OT01"),
        subjectStaffUserId: head,
        handlerId: await idOf(t, "user", "officer.sb01"),
      }),
    );
    const { repeatCandidates, suggestServiceEmergency, ...created } = withHandler.json();
    expect(created).toMatchObject({
      handler: { displayName: "消保专员 李静" },
      subjectStaffName: expect.any(String),
    });
    expect((await officer.get(`/api/complaints/${created.id}`)).json()).toEqual(created);
  });

  it("lists filter and page with keyset cursors", async () => {
    const page1 = (await officer.get("/api/complaints?limit=2")).json();
    expect(page1.items).toHaveLength(2);
    const page2 = (await officer.get(`/api/complaints?limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2.items[0].id).toBeLessThan(page1.items[1].id);
    const electronic = (await officer.get("/api/complaints?channel=0103")).json().items;
    expect(electronic.length).toBeGreaterThan(0);
    expect(electronic.every((c: { channel: { code: string } }) => c.channel.code.startsWith("0103"))).toBe(
      true,
    );
    expect((await officer.get("/api/complaints?cursor=nonsense")).statusCode).toBe(400);
  });
});
