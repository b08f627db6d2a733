import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

describeEachEngine("records that know each other", (engine) => {
  let t: TestApp;
  let teller: TestClient;
  let head: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    teller = await t.as("teller.ot01");
    head = await t.as("head.ot01");
  });
  afterAll(() => t.close());

  const receivedAt = () => new Date(t.clock.now().getTime() - 60_000).toISOString();
  const linksOf = async (client: TestClient, kind: string, id: number) => {
    const res = await client.get(`/api/links?kind=${kind}&id=${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      links: { kind: string; id: number; ref: string; path: string }[];
      offers: { action: string; category?: string }[];
    };
  };
  async function incident(category: string, client = teller) {
    const res = await client.post("/api/incidents", { category, summary: "客户在柜台前大声争吵，要求投诉" });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; ref: string };
  }
  const countComplaints = async () => (await t.db.selectFrom("complaints").select("id").execute()).length;
  const linkAudits = () =>
    t.db
      .selectFrom("audit_log")
      .select(["entity_type", "after_json"])
      .where("action", "=", "links.create")
      .execute();

  it("an on-site complaint conflict offers its complaint; registered from it, both pages show the link", async () => {
    const inc = await incident("complaint_conflict");
    expect((await linksOf(teller, "incident", inc.id)).offers).toEqual([{ action: "register_complaint" }]);
    // A guard may not register complaints, so nothing is offered to them.
    expect((await linksOf(await t.as("guard.ot01"), "incident", inc.id)).offers).toEqual([]);

    const audits = (await linkAudits()).length;
    const res = await teller.post(
      "/api/complaints",
      complaintBody({ receivedAt: receivedAt(), inPerson: true, linkFrom: { kind: "incident", id: inc.id } }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const complaint = res.json();
    expect(complaint.decisionDueAt).not.toBeNull();

    const fromIncident = await linksOf(teller, "incident", inc.id);
    expect(fromIncident.links).toEqual([
      expect.objectContaining({
        kind: "complaint",
        id: complaint.id,
        ref: complaint.ref,
        path: `/complaints/${complaint.id}`,
      }),
    ]);
    expect(fromIncident.offers).toEqual([]);
    const fromComplaint = await linksOf(teller, "complaint", complaint.id);
    expect(fromComplaint.links).toEqual([
      expect.objectContaining({ kind: "incident", id: inc.id, ref: inc.ref }),
    ]);
    const after = await linkAudits();
    expect(after).toHaveLength(audits + 1);
    expect(after.at(-1)).toMatchObject({ entity_type: "incident" });
    expect(after.at(-1)?.after_json).toContain(complaint.ref);
  });

  it("a group visit offers its complaint too; a crowd surge does not", async () => {
    expect((await linksOf(head, "incident", (await incident("group_visit", head)).id)).offers).toEqual([
      { action: "register_complaint" },
    ]);
    expect((await linksOf(head, "incident", (await incident("crowd_surge", head)).id)).offers).toEqual([]);
  });

  it("a complaint from 20 or more people in person offers the emergency; opened from it, it is linked", async () => {
    const small = await teller.post(
      "/api/complaints",
      complaintBody({ receivedAt: receivedAt(), inPerson: true, groupSize: 19 }),
    );
    expect((await linksOf(teller, "complaint", small.json().id)).offers).toEqual([]);
    const big = await teller.post(
      "/api/complaints",
      complaintBody({ receivedAt: receivedAt(), inPerson: true, groupSize: 25 }),
    );
    expect(big.json().suggestServiceEmergency).toBe(true);
    const id = big.json().id;
    expect((await linksOf(teller, "complaint", id)).offers).toEqual([
      { action: "open_incident", category: "group_visit" },
    ]);

    const res = await teller.post("/api/incidents", {
      category: "group_visit",
      summary: "二十余名客户集体到网点投诉",
      linkFrom: { kind: "complaint", id },
    });
    expect(res.statusCode, res.body).toBe(201);
    const answer = await linksOf(teller, "complaint", id);
    expect(answer.offers).toEqual([]);
    expect(answer.links).toEqual([expect.objectContaining({ kind: "incident", id: res.json().id })]);
  });

  it("a counter complaint exception escalates to a complaint; a system failure links its emergency", async () => {
    const cex = await teller.post("/api/counter-exceptions", {
      type: "counter_complaint",
      description: "客户不满柜员态度，要求投诉",
    });
    const cexId = cex.json().id;
    expect((await linksOf(teller, "counter_exception", cexId)).offers).toEqual([
      { action: "register_complaint" },
    ]);
    const complaint = await teller.post(
      "/api/complaints",
      complaintBody({ receivedAt: receivedAt(), linkFrom: { kind: "counter_exception", id: cexId } }),
    );
    expect(complaint.statusCode, complaint.body).toBe(201);
    const detail = (await head.get(`/api/counter-exceptions/${cexId}`)).json();
    expect(detail.links).toEqual([expect.objectContaining({ kind: "complaint", ref: complaint.json().ref })]);

    const failure = await teller.post("/api/counter-exceptions", {
      type: "system_failure",
      description: "核心系统中断，三个窗口无法办理",
    });
    const failureId = failure.json().id;
    expect((await linksOf(teller, "counter_exception", failureId)).offers).toEqual([
      { action: "open_incident", category: "system_failure" },
    ]);
    const inc = await teller.post("/api/incidents", {
      category: "system_failure",
      summary: "核心系统中断",
      linkFrom: { kind: "counter_exception", id: failureId },
    });
    expect(inc.statusCode, inc.body).toBe(201);
    expect((await linksOf(teller, "incident", inc.json().id)).links).toEqual([
      expect.objectContaining({ kind: "counter_exception", id: failureId }),
    ]);
    expect((await head.get(`/api/counter-exceptions/${failureId}`)).json().links).toEqual([
      expect.objectContaining({ kind: "incident", id: inc.json().id }),
    ]);
  });

  it("a complaint linked by its reference on the exception joins the same links", async () => {
    const cex = (
      await teller.post("/api/counter-exceptions", {
        type: "counter_complaint",
        description: "客户投诉等候过久",
      })
    ).json();
    const complaint = (
      await teller.post("/api/complaints", complaintBody({ receivedAt: receivedAt() }))
    ).json();
    const res = await teller.post(`/api/counter-exceptions/${cex.id}/complaint-link`, {
      complaintRef: complaint.ref,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().links).toEqual([expect.objectContaining({ kind: "complaint", id: complaint.id })]);
    expect((await linksOf(teller, "complaint", complaint.id)).links).toEqual([
      expect.objectContaining({ kind: "counter_exception", id: cex.id }),
    ]);
  });

  it("a link shows only to those who may open the record at its other end", async () => {
    const manager = await t.as("manager.sb01");
    const cex = (
      await teller.post("/api/counter-exceptions", { type: "other", description: "客户反映支行层面问题" })
    ).json();
    // A complaint held by the sub-branch itself: outside an OT01 teller's part of the tree.
    const sb01 = await idOf(t, "unit", "SB01");
    const complaint = (
      await manager.post("/api/complaints", complaintBody({ receivedAt: receivedAt(), orgUnitId: sb01 }))
    ).json();
    const linked = await manager.post("/api/links", {
      from: { kind: "complaint", id: complaint.id },
      to: { kind: "counter_exception", id: cex.id },
    });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().links).toEqual([expect.objectContaining({ kind: "counter_exception", id: cex.id })]);

    expect((await linksOf(manager, "counter_exception", cex.id)).links).toHaveLength(1);
    expect((await linksOf(teller, "counter_exception", cex.id)).links).toEqual([]);
    expect((await head.get(`/api/counter-exceptions/${cex.id}`)).json().links).toEqual([]);
    // Outside the caller's tree the record itself is absent.
    expect(
      (await (await t.as("teller.ot02")).get(`/api/links?kind=counter_exception&id=${cex.id}`)).statusCode,
    ).toBe(404);
    expect((await teller.get(`/api/links?kind=complaint&id=${complaint.id}`)).statusCode).toBe(404);
    // A role that reads no complaints sees no complaint links, even at its own outlet.
    const guard = await t.as("guard.ot01");
    const inc = await incident("complaint_conflict");
    await teller.post(
      "/api/complaints",
      complaintBody({ receivedAt: receivedAt(), linkFrom: { kind: "incident", id: inc.id } }),
    );
    expect((await linksOf(guard, "incident", inc.id)).links).toEqual([]);
    expect((await linksOf(teller, "incident", inc.id)).links).toHaveLength(1);
  });

  it("bad links get a 4xx naming the field, and nothing is written", async () => {
    const inc = await incident("complaint_conflict");
    const ot04 = await t.as("lobby.ot04");
    const foreign = (
      await ot04.post("/api/incidents", { category: "crowd_surge", summary: "网点客流激增" })
    ).json();

    const before = await countComplaints();
    const outside = await teller.post(
      "/api/complaints",
      complaintBody({ receivedAt: receivedAt(), linkFrom: { kind: "incident", id: foreign.id } }),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.field).toBe("linkFrom");
    expect(await countComplaints()).toBe(before);
    const badKind = await teller.post(
      "/api/complaints",
      complaintBody({ receivedAt: receivedAt(), linkFrom: { kind: "case", id: 1 } }),
    );
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.field).toBe("linkFrom.kind");

    const self = await teller.post("/api/links", {
      from: { kind: "incident", id: inc.id },
      to: { kind: "incident", id: inc.id },
    });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.field).toBe("to");
    const toForeign = await teller.post("/api/links", {
      from: { kind: "incident", id: inc.id },
      to: { kind: "incident", id: foreign.id },
    });
    expect(toForeign.statusCode).toBe(400);
    expect(toForeign.json().error.field).toBe("to");

    const other = await incident("crowd_surge");
    const pair = { from: { kind: "incident", id: inc.id }, to: { kind: "incident", id: other.id } };
    expect((await teller.post("/api/links", pair)).statusCode).toBe(201);
    const twice = await teller.post("/api/links", { from: pair.to, to: pair.from });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.field).toBe("to");

    const auditor = await t.as("auditor");
    expect((await auditor.post("/api/links", pair)).statusCode).toBe(403);
    expect((await t.anonymous().get(`/api/links?kind=incident&id=${inc.id}`)).statusCode).toBe(401);
  });
});
