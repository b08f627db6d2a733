import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

const CATEGORY = "complaint_conflict";
const OWN_TASK = {
  key: "sb01.own_task",
  step: "calm",
  role: "lobby_manager",
  text: { zh: "请客户到洽谈室坐下，递上温水", en: "Seat the customer in the meeting room with warm water" },
};

describeEachEngine("playbooks linked to training sessions", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let manager: TestClient;
  let branch: TestClient;
  let teller: TestClient;
  let ids: Record<string, number>;
  let bankVersion: number;
  let ownVersion: number;
  const inMinutes = (m: number) => new Date(t.clock.now().getTime() + m * 60_000).toISOString();
  const session = (client: TestClient, orgUnitId: number, ref = CATEGORY) =>
    client.post("/api/training/sessions", {
      kind: "drill_review",
      topic: "现场冲突处置预案讲解",
      orgUnitId,
      startsAt: inMinutes(-10),
      endsAt: inMinutes(50),
      materials: [{ kind: "playbook", ref }],
    });

  /** SB01's own version of the category's playbook: drafted by its officer, published by its manager. */
  async function publishOwn(extraTask: typeof OWN_TASK) {
    const current = (await officer.get(`/api/knowhow/playbooks/${CATEGORY}`)).json().versions[0];
    const content = { ...current.content, tasks: [...current.content.tasks, extraTask] };
    const saved = await officer.post(`/api/knowhow/playbooks/${CATEGORY}/draft`, { content });
    expect(saved.statusCode, saved.body).toBe(200);
    const draft = saved.json().versions[0];
    expect((await manager.post(`/api/knowhow/versions/${draft.id}/publish`)).statusCode).toBe(200);
    return draft.id as number;
  }

  beforeAll(async () => {
    t = await startTestApp(engine);
    [officer, manager, branch, teller] = await Promise.all(
      ["officer.sb01", "manager.sb01", "manager.br01", "teller.ot01"].map((u) => t.as(u)),
    );
    const units = await t.db.selectFrom("org_units").select(["id", "code"]).execute();
    ids = Object.fromEntries(units.map((u) => [u.code, u.id]));
    bankVersion = (await officer.get(`/api/knowhow/playbooks/${CATEGORY}`)).json().versions[0].id;
    ownVersion = await publishOwn(OWN_TASK);
  });
  afterAll(() => t.close());

  it("a session links the playbook in force at its unit: the sub-branch's own version, named and numbered", async () => {
    const res = await session(officer, ids.OT01);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().materials).toEqual([
      {
        kind: "playbook",
        ref: CATEGORY,
        title: "客户现场投诉发生激烈冲突",
        versionId: ownVersion,
        versionNo: 2,
      },
    ]);
    const audit = await t.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "training.session_create")
      .where("entity_id", "=", String(res.json().id))
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json as string).materials).toEqual([
      { kind: "playbook", ref: CATEGORY, versionId: ownVersion },
    ]);
  });

  it("under another sub-branch the same category resolves to the bank's version, never SB01's own", async () => {
    // The picker offers what applies at the session's unit; SB01's own version does not apply at OT04.
    const atOt04 = (
      await branch.get(`/api/training/question-sources?kind=playbook&orgUnitId=${ids.OT04}`)
    ).json();
    expect(atOt04.items.find((i: { ref: string }) => i.ref === CATEGORY).title).toMatch(/ · v1$/);
    const atOt01 = (
      await branch.get(`/api/training/question-sources?kind=playbook&orgUnitId=${ids.OT01}`)
    ).json();
    expect(atOt01.items.find((i: { ref: string }) => i.ref === CATEGORY).title).toMatch(/ · v2$/);
    const res = await session(branch, ids.OT04);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().materials[0]).toMatchObject({ ref: CATEGORY, versionId: bankVersion, versionNo: 1 });
  });

  it("refuses a playbook that is not one, and a picker for a unit outside the caller's, naming the field", async () => {
    for (const ref of ["no_such_category", "large-cash-purpose"]) {
      const res = await session(officer, ids.OT01, ref);
      expect(res.statusCode, ref).toBe(400);
      expect(res.json().error.field).toBe("materials.0.ref");
    }
    const outside = await officer.get(`/api/training/question-sources?kind=playbook&orgUnitId=${ids.OT04}`);
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.field).toBe("orgUnitId");
  });

  it("the outlet's staff read the linked version, which a later version leaves as it was", async () => {
    const created = (await session(officer, ids.OT01)).json();
    await publishOwn({
      ...OWN_TASK,
      key: "sb01.later_task",
      text: { zh: "后来加的任务", en: "A later task" },
    });
    const shown = (await teller.get(`/api/training/sessions/${created.id}`)).json();
    expect(shown.materials[0]).toMatchObject({ versionId: ownVersion, versionNo: 2 });

    const read = await teller.get(`/api/training/sessions/${created.id}/playbooks/${ownVersion}`);
    expect(read.statusCode, read.body).toBe(200);
    const playbook = read.json();
    expect(playbook).toMatchObject({
      category: CATEGORY,
      title: "客户现场投诉发生激烈冲突",
      versionNo: 2,
      orgUnitName: "东城第一支行",
    });
    const texts = playbook.content.tasks.map((x: { text: { zh: string } }) => x.text.zh);
    expect(texts).toContain(OWN_TASK.text.zh);
    expect(texts).not.toContain("后来加的任务");

    // Only the version the session links, and only for those who may open the session.
    expect(
      (await teller.get(`/api/training/sessions/${created.id}/playbooks/${bankVersion}`)).statusCode,
    ).toBe(404);
    const lobbyOt04 = await t.as("lobby.ot04");
    expect(
      (await lobbyOt04.get(`/api/training/sessions/${created.id}/playbooks/${ownVersion}`)).statusCode,
    ).toBe(404);
  });

  it("drafts questions from a playbook: who does a task, and which step another belongs to", async () => {
    const res = await officer.get(`/api/training/question-drafts?kind=playbook&ref=${CATEGORY}`);
    expect(res.statusCode, res.body).toBe(200);
    const drafts = res.json();
    expect(drafts.source.title).toMatch(/^客户现场投诉发生激烈冲突 · v\d+$/);
    const [who, step] = drafts.items;
    expect(who).toMatchObject({ kind: "single", text: expect.stringContaining("由哪个岗位负责") });
    expect(who.options.length).toBeGreaterThanOrEqual(2);
    expect(who.correct).toHaveLength(1);
    expect(step).toMatchObject({ kind: "true_false", text: expect.stringContaining("环节") });
    // A draft saves into the bank as it stands.
    const saved = await officer.post("/api/training/questions", who);
    expect(saved.statusCode, saved.body).toBe(201);
    expect((await officer.get("/api/training/question-drafts?kind=playbook&ref=nope")).statusCode).toBe(400);
  });
});
