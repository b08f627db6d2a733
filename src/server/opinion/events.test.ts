import { deflateSync } from "node:zlib";
import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

/** A valid one-pixel PNG, made here so the test carries no binary fixture. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function multipart(name: string, content: Buffer, type: string) {
  const boundary = "----bulwarkopinion";
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describeEachEngine("public-opinion events", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let manager: TestClient;
  let head: TestClient;
  let outsider: TestClient;
  let ot01: number;
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    manager = await t.as("manager.sb01");
    head = await t.as("head.ot01");
    outsider = await t.as("lobby.ot04");
    ot01 = await idOf(t, "unit", "OT01");
  });
  afterAll(() => t.close());

  const base = () => ({
    platform: "weibo",
    summary: "网友发帖称南门网点柜员态度恶劣",
    firstSeenAt: t.clock.now().toISOString(),
    url: "https://weibo.example/post/1",
    orgUnitId: ot01,
  });

  async function create(client: TestClient, body: object = base()) {
    const res = await client.post("/api/opinion/events", body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; ref: string; level: string };
  }

  const detailOf = async (id: number, client = officer) =>
    (await client.get(`/api/opinion/events/${id}`)).json();

  it("records an event with a YQ reference and the rule's level, tells the outlet, and audits it", async () => {
    const made = await create(officer);
    expect(made.ref).toMatch(/^YQ-\d{8}-\d{4}$/);
    expect(made.level).toBe("general");
    const d = await detailOf(made.id);
    expect(d).toMatchObject({ status: "verification", orgUnit: { id: ot01 }, platform: "weibo" });
    expect(d.levelReasons[0]).toContain("传播面有限");
    const inbox = (await head.get("/api/notifications")).json().items;
    expect(inbox[0].text).toContain(made.ref);
    const audit = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", "opinion_event")
      .where("entity_id", "=", String(made.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["opinion.create"]);
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const before = await t.db
      .selectFrom("opinion_events")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const bad = await officer.post("/api/opinion/events", { ...base(), platform: "myspace" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("platform");
    const noDate = await officer.post("/api/opinion/events", { ...base(), firstSeenAt: "yesterday" });
    expect(noDate.json().error.field).toBe("firstSeenAt");
    const outside = await officer.post("/api/opinion/events", {
      ...base(),
      orgUnitId: await idOf(t, "unit", "OT04"),
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({ field: "orgUnitId", code: "opinion.unit_outside" });
    const after = await t.db
      .selectFrom("opinion_events")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("a post about a run is major whatever its reach; wide reach and the regulator raise the level", async () => {
    expect((await create(officer, { ...base(), topics: ["bank_run"] })).level).toBe("major");
    const wide = await create(officer, { ...base(), reach: { views: 200_000 } });
    expect(wide.level).toBe("serious");
    const forwarded = await create(officer, { ...base(), platform: "regulator", reach: { views: 200_000 } });
    expect(forwarded.level).toBe("major");
    const d = await detailOf(forwarded.id);
    expect(d.levelReasons.join(" ")).toContain("监管介入");
  });

  it("is seen within its subtree only; an outlet elsewhere gets 404", async () => {
    const made = await create(officer);
    expect((await head.get(`/api/opinion/events/${made.id}`)).statusCode).toBe(200);
    expect((await outsider.get(`/api/opinion/events/${made.id}`)).statusCode).toBe(404);
    const list = (await outsider.get("/api/opinion/events")).json().items;
    expect(list.some((e: { id: number }) => e.id === made.id)).toBe(false);
  });

  it("moves through 核实 → 研判 → 处置 → 跟踪 → 复盘 in order, and the review closes it", async () => {
    const { id } = await create(officer);
    const skip = await officer.post(`/api/opinion/events/${id}/step`, { step: "respond", note: "先处置" });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.code).toBe("opinion.wrong_status");
    expect(skip.json().error.message).toContain("待核实");
    const lobby = await t.as("lobby.ot01");
    expect(
      (
        await lobby.post(`/api/opinion/events/${id}/step`, {
          step: "verify",
          outcome: "confirmed",
          note: "x",
        })
      ).statusCode,
    ).toBe(403);
    for (const step of ["verify", "assess", "respond", "track"]) {
      const res = await officer.post(`/api/opinion/events/${id}/step`, {
        step,
        outcome: "confirmed",
        note: `${step} 记录`,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const noReview = await officer.post(`/api/opinion/events/${id}/step`, { step: "review", note: "" });
    expect(noReview.statusCode).toBe(400);
    expect(noReview.json().error.field).toBe("note");
    const closed = await officer.post(`/api/opinion/events/${id}/step`, {
      step: "review",
      note: "复盘：回应及时，话术需改进",
    });
    expect(closed.json()).toMatchObject({ status: "closed", reviewText: "复盘：回应及时，话术需改进" });
    const late = await officer.post(`/api/opinion/events/${id}/entries`, { kind: "risk_note", text: "补记" });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("opinion.closed");
  });

  it("verification may find the post unfounded, which closes the event without a review", async () => {
    const { id } = await create(officer);
    const res = await officer.post(`/api/opinion/events/${id}/step`, {
      step: "verify",
      outcome: "unfounded",
      note: "同名他行",
    });
    expect(res.json().status).toBe("closed");
  });

  it("the level is overridden only with a reason, and the override survives new reach figures", async () => {
    const { id } = await create(officer);
    const noReason = await officer.post(`/api/opinion/events/${id}/level`, { level: "major" });
    expect(noReason.json().error.field).toBe("reason");
    const res = await officer.post(`/api/opinion/events/${id}/level`, {
      level: "major",
      reason: "涉及老年客户群体",
    });
    expect(res.json()).toMatchObject({ level: "major", levelOverrideReason: "涉及老年客户群体" });
    const reach = await officer.post(`/api/opinion/events/${id}/reach`, {
      views: 10,
      shares: 0,
      comments: 1,
      likes: 2,
    });
    expect(reach.json()).toMatchObject({ level: "major", reach: { views: 10, comments: 1 } });
    const plain = await create(officer);
    const grown = await officer.post(`/api/opinion/events/${plain.id}/reach`, {
      views: 150_000,
      shares: 0,
      comments: 0,
      likes: 0,
    });
    expect(grown.json().level).toBe("serious");
  });

  it("a statement is approved by someone other than its author, and frozen once published", async () => {
    const { id } = await create(officer);
    const drafted = await officer.post(`/api/opinion/events/${id}/statements`, {
      text: "我行已关注到相关情况，正在核实。",
    });
    const s = drafted.json().statements[0];
    expect(s).toMatchObject({ version: 1, status: "draft" });
    const inbox = (await manager.get("/api/notifications")).json().items;
    expect(inbox[0].text).toContain("待您审批");
    const self = await officer.post(`/api/opinion/events/${id}/statements/${s.id}/approve`, {});
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe("opinion.statement_self_approve");
    const early = await officer.post(`/api/opinion/events/${id}/statements/${s.id}/publish`, {
      where: "官方微博",
    });
    expect(early.json().error.code).toBe("opinion.statement_not_approved");
    const approved = await manager.post(`/api/opinion/events/${id}/statements/${s.id}/approve`, {});
    expect(approved.json().statements[0]).toMatchObject({
      status: "approved",
      approvedBy: { name: "支行行长 王强" },
    });
    const reworded = await officer.post(`/api/opinion/events/${id}/statements/${s.id}/edit`, {
      text: "我行已关注到相关情况，网点营业正常。",
    });
    expect(reworded.json().statements[0]).toMatchObject({ status: "draft", approvedBy: null });
    const unapproved = await officer.post(`/api/opinion/events/${id}/statements/${s.id}/publish`, {
      where: "官方微博",
    });
    expect(unapproved.json().error.code).toBe("opinion.statement_not_approved");
    await manager.post(`/api/opinion/events/${id}/statements/${s.id}/approve`, {});
    const published = await officer.post(`/api/opinion/events/${id}/statements/${s.id}/publish`, {
      where: "官方微博",
    });
    expect(published.json().statements[0]).toMatchObject({ status: "published", publishedWhere: "官方微博" });
    const edit = await officer.post(`/api/opinion/events/${id}/statements/${s.id}/edit`, { text: "改一下" });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe("opinion.statement_frozen");
    const v2 = await officer.post(`/api/opinion/events/${id}/statements`, { text: "第二版口径" });
    expect(v2.json().statements.map((x: { version: number }) => x.version)).toEqual([1, 2]);
  });

  it("a statement is approved by the management of the sub-branch or branch over the event", async () => {
    const { id } = await create(officer);
    const drafted = await manager.post(`/api/opinion/events/${id}/statements`, { text: "网点营业正常。" });
    const s = drafted.json().statements[0];
    const path = `/api/opinion/events/${id}/statements/${s.id}/approve`;
    const self = await manager.post(path, {});
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe("opinion.statement_self_approve");
    // The outlet's head and the officer work the event but do not speak for the bank.
    for (const client of [head, officer]) {
      const refused = await client.post(path, {});
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({
        code: "opinion.statement_approver_level",
        message: "口径须由事件所属支行或分行的管理层审批，网点人员不能审批",
      });
      const seen = await detailOf(id, client);
      expect(seen.allowed.approveStatement).toBe(false);
      expect(seen.statements[0].mayApprove).toBe(false);
    }
    expect((await detailOf(id, manager)).statements[0].mayApprove).toBe(false);
    const branch = await t.as("manager.br01");
    expect((await detailOf(id, branch)).statements[0].mayApprove).toBe(true);
    const approved = await branch.post(path, {});
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().statements[0]).toMatchObject({
      status: "approved",
      approvedBy: { name: "分行副行长 钱明" },
    });

    const v2 = (await officer.post(`/api/opinion/events/${id}/statements`, { text: "第二版" })).json();
    const second = v2.statements[1];
    expect((await detailOf(id, manager)).statements[1].mayApprove).toBe(true);
    const bySubBranch = await manager.post(`/api/opinion/events/${id}/statements/${second.id}/approve`, {});
    expect(bySubBranch.json().statements[1]).toMatchObject({ status: "approved" });
  });

  it("only the designated spokesperson logs a media contact; rumours carry their rebutting facts", async () => {
    const { id } = await create(officer);
    const entry = {
      kind: "media_contact",
      outlet: "都市报",
      contact: "记者 张某",
      question: "是否属实？",
      answer: "正在核实",
    };
    const none = await officer.post(`/api/opinion/events/${id}/entries`, entry);
    expect(none.statusCode).toBe(409);
    expect(none.json().error.code).toBe("opinion.no_spokesperson");
    const managerId = await idOf(t, "user", "manager.sb01");
    await officer.post(`/api/opinion/events/${id}/spokesperson`, { userId: managerId });
    const notHim = await officer.post(`/api/opinion/events/${id}/entries`, entry);
    expect(notHim.statusCode).toBe(403);
    expect((await manager.post(`/api/opinion/events/${id}/entries`, entry)).statusCode).toBe(200);
    const rumour = await officer.post(`/api/opinion/events/${id}/entries`, {
      kind: "rumour",
      claim: "网点要倒闭",
      facts: "经营正常，存款受存款保险保障",
    });
    const d = rumour.json();
    expect(d.entries.filter((e: { kind: string }) => e.kind === "rumour")[0].data).toMatchObject({
      claim: "网点要倒闭",
    });
    expect(d.entries.filter((e: { kind: string }) => e.kind === "media_contact")[0].actor.name).toBe(
      "支行行长 王强",
    );
  });

  it("a screenshot is accepted only when its bytes are an image", async () => {
    const { id } = await create(officer);
    const png = multipart("帖子.png", tinyPng(), "image/png");
    const ok = await officer.request(
      "POST",
      `/api/opinion/events/${id}/screenshots`,
      png.body,
      png.contentType,
    );
    expect(ok.statusCode, ok.body).toBe(201);
    const fake = multipart("evil.png", Buffer.from("<script>alert(1)</script>"), "image/png");
    const refused = await officer.request(
      "POST",
      `/api/opinion/events/${id}/screenshots`,
      fake.body,
      fake.contentType,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ field: "file", code: "opinion.screenshot_type" });
    const shot = await head.get(`/api/opinion/events/${id}/screenshots/${ok.json().id}`);
    expect(shot.headers["content-type"]).toBe("image/png");
    expect((await outsider.get(`/api/opinion/events/${id}/screenshots/${ok.json().id}`)).statusCode).toBe(
      404,
    );
  });

  it("links a complaint or incident the caller can see by its reference", async () => {
    const { id } = await create(officer);
    const unknown = await officer.post(`/api/opinion/events/${id}/links`, { ref: "CMP-20200101-0001" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ field: "ref", code: "opinion.link_unknown" });
    const bad = await officer.post(`/api/opinion/events/${id}/links`, { ref: "nonsense" });
    expect(bad.json().error.field).toBe("ref");
    const lobby = await t.as("lobby.ot01");
    const inc = await lobby.post("/api/incidents", {
      category: "media_interview",
      summary: "有人在大堂拍摄",
    });
    expect(inc.statusCode, inc.body).toBe(201);
    const linked = await officer.post(`/api/opinion/events/${id}/links`, { ref: inc.json().ref });
    expect(linked.json().links).toMatchObject([
      { kind: "incident", id: inc.json().id, ref: inc.json().ref, path: `/incidents/${inc.json().id}` },
    ]);
    // Once is enough: the same record again is a conflict naming the field, not a second row.
    const again = await officer.post(`/api/opinion/events/${id}/links`, { ref: inc.json().ref });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ field: "ref", code: "links.taken" });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["action", "entity_type"])
      .where("entity_id", "=", String(id))
      .where("action", "=", "links.create")
      .execute();
    expect(audit).toEqual([{ action: "links.create", entity_type: "opinion_event" }]);
  });

  it("an event's links are record links, shown on both sides to those who may open the other record", async () => {
    const made = await create(officer);
    const lobby = await t.as("lobby.ot01");
    const complaint = (
      await lobby.post("/api/complaints", complaintBody({ sensitiveTags: ["public_opinion"] }))
    ).json();
    // Linked from the complaint's side through the general link API.
    const res = await lobby.post("/api/links", {
      from: { kind: "complaint", id: complaint.id },
      to: { kind: "opinion_event", id: made.id },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().links).toMatchObject([
      { kind: "opinion_event", ref: made.ref, path: `/opinion/${made.id}` },
    ]);
    expect((await detailOf(made.id)).links).toMatchObject([{ kind: "complaint", ref: complaint.ref }]);
    expect((await head.get(`/api/opinion/links?ref=${complaint.ref}`)).json().items).toMatchObject([
      { ref: made.ref },
    ]);
    // A teller reads the complaint but not public-opinion events: the link is left out, not masked.
    const teller = await t.as("teller.ot01");
    const seen = await teller.get(`/api/links?kind=complaint&id=${complaint.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().links).toEqual([]);
    // Outside the tree the event is not there at all.
    expect((await outsider.get(`/api/links?kind=opinion_event&id=${made.id}`)).statusCode).toBe(404);
  });

  it("an event opened from an incident is linked on both sides, within scope", async () => {
    const lobby = await t.as("lobby.ot01");
    const inc = (
      await lobby.post("/api/incidents", { category: "media_interview", summary: "记者在大堂拍摄" })
    ).json();
    const made = await create(officer, { ...base(), linkRef: inc.ref });
    expect((await detailOf(made.id)).links).toMatchObject([{ kind: "incident", ref: inc.ref }]);
    expect((await head.get(`/api/links?kind=incident&id=${inc.id}`)).json().links).toMatchObject([
      { kind: "opinion_event", id: made.id, ref: made.ref, status: "待核实 · 一般" },
    ]);
    const linked = (await head.get(`/api/opinion/links?ref=${inc.ref}`)).json().items;
    expect(linked.map((e: { ref: string }) => e.ref)).toEqual([made.ref]);
    expect((await outsider.get(`/api/opinion/links?ref=${inc.ref}`)).json().items).toEqual([]);
    const foreign = await (await t.as("lobby.ot04")).post("/api/incidents", {
      category: "media_interview",
      summary: "x",
    });
    const refused = await officer.post("/api/opinion/events", { ...base(), linkRef: foreign.json().ref });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ field: "linkRef", code: "opinion.link_unknown" });
  });

  it("the five moves' tasks are ticked once, each by its own roles, and stay on the timeline", async () => {
    const { id } = await create(officer);
    const task = (d: { tasks: { id: string }[] }, taskId: string) => d.tasks.find((x) => x.id === taskId);
    const before = await detailOf(id);
    expect(task(before, "keep_evidence")).toMatchObject({
      move: "network",
      roles: ["cp_officer"],
      mayDo: true,
    });
    expect(task(before, "name_spokesperson")).toMatchObject({ roles: ["manager"], mayDo: false });

    const done = await officer.post(`/api/opinion/events/${id}/tasks`, { task: "keep_evidence" });
    expect(done.statusCode, done.body).toBe(200);
    expect(task(done.json(), "keep_evidence")).toMatchObject({
      doneBy: { name: "消保专员 李静" },
      mayDo: false,
    });
    const twice = await officer.post(`/api/opinion/events/${id}/tasks`, { task: "keep_evidence" });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ field: "task", code: "opinion.task_done" });
    const notHers = await officer.post(`/api/opinion/events/${id}/tasks`, { task: "name_spokesperson" });
    expect(notHers.statusCode).toBe(403);
    expect(notHers.json().error.code).toBe("opinion.task_role");
    expect(
      (await manager.post(`/api/opinion/events/${id}/tasks`, { task: "name_spokesperson" })).statusCode,
    ).toBe(200);
    const unknown = await officer.post(`/api/opinion/events/${id}/tasks`, { task: "make_tea" });
    expect(unknown.json().error.field).toBe("task");
    const audit = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", String(id))
      .where("action", "=", "opinion.task")
      .execute();
    expect(audit).toHaveLength(2);

    await officer.post(`/api/opinion/events/${id}/step`, {
      step: "verify",
      outcome: "unfounded",
      note: "不实",
    });
    const closed = await officer.post(`/api/opinion/events/${id}/tasks`, { task: "note_risk" });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe("opinion.closed");
  });

  it("administrators change the deadlines per level; others may not", async () => {
    const admin = await t.as("admin");
    const policy = (await admin.get("/api/opinion/settings")).json();
    expect(policy.verifyMinutes).toEqual({ general: 240, serious: 60, major: 30 });
    const changed = { ...policy, verifyMinutes: { ...policy.verifyMinutes, general: 120 } };
    expect((await officer.request("PUT", "/api/opinion/settings", changed)).statusCode).toBe(403);
    const res = await admin.request("PUT", "/api/opinion/settings", changed);
    expect(res.json().verifyMinutes.general).toBe(120);
    const made = await create(officer);
    const d = await detailOf(made.id);
    expect(Date.parse(d.verifyDueAt) - Date.parse(d.createdAt)).toBe(120 * 60_000);
    await admin.request("PUT", "/api/opinion/settings", policy);
  });

  it("(runs last: moves the clock) a missed verification deadline reminds the unit and tells the management one level up", async () => {
    const { id, ref } = await create(officer, { ...base(), topics: ["bank_run"] });
    const d = await detailOf(id);
    expect(Date.parse(d.verifyDueAt) - Date.parse(d.createdAt)).toBe(30 * 60_000);
    t.clock.advanceMinutes(31);
    await t.deps.scheduler.tick(t.clock.now());
    // The clock moved past the idle time-out of the sessions signed in before.
    officer = await t.as("officer.sb01");
    const above = (await (await t.as("manager.sb01")).get("/api/notifications")).json().items;
    expect(above.some((n: { text: string }) => n.text.includes(ref) && n.text.includes("核实时限"))).toBe(
      true,
    );
    const atOutlet = (await (await t.as("head.ot01")).get("/api/notifications")).json().items;
    expect(atOutlet.some((n: { text: string }) => n.text.includes(ref) && n.text.includes("核实时限"))).toBe(
      true,
    );
    const entries = (await detailOf(id)).entries.map((e: { kind: string }) => e.kind);
    expect(entries).toContain("overdue");
    // Verified and reported in time, nothing more fires for it.
    const done = await create(officer);
    await officer.post(`/api/opinion/events/${done.id}/step`, {
      step: "verify",
      outcome: "confirmed",
      note: "属实",
    });
    await officer.post(`/api/opinion/events/${done.id}/report-branch`, { note: "已电话报告分行" });
    t.clock.advanceMinutes(24 * 60 + 1);
    await t.deps.scheduler.tick(t.clock.now());
    officer = await t.as("officer.sb01");
    expect((await detailOf(done.id)).entries.some((e: { kind: string }) => e.kind === "overdue")).toBe(false);
  });
});
