import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { addDays, localDateOf } from "../../domain/calendar/dates.ts";

interface Version {
  id: number;
  versionNo: number;
  status: string;
  content: Record<string, unknown>;
  improvements: { id: number; sourceRef: string; status: string }[];
}
interface Improvement {
  id: number;
  status: string;
  versions: { id: number; kind: string; key: string; versionNo: number }[];
}

describeEachEngine("improvement actions linked to know-how versions", (engine) => {
  let t: TestApp;
  let head: TestClient;
  let lobby: TestClient;
  let officer: TestClient;
  let manager: TestClient;
  let lobbyOt04: TestClient;
  const actions: Record<"script" | "playbook" | "training", Improvement> = {} as never;

  beforeAll(async () => {
    t = await startTestApp(engine, { sampleRecords: true });
    [head, lobby, officer, manager, lobbyOt04] = await Promise.all(
      ["head.ot01", "lobby.ot01", "officer.sb01", "manager.sb01", "lobby.ot04"].map((u) => t.as(u)),
    );
    const ot01 = await t.db
      .selectFrom("org_units")
      .select("id")
      .where("code", "=", "OT01")
      .executeTakeFirstOrThrow();
    const reviewed = await t.db
      .selectFrom("incidents")
      .select("id")
      .where("org_unit_id", "=", ot01.id)
      .where("review_json", "is not", null)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const owner = await t.db
      .selectFrom("users")
      .select("id")
      .where("username", "=", "lobby.ot01")
      .executeTakeFirstOrThrow();
    const dueOn = addDays(localDateOf(t.clock.now(), t.deps.config.timeZone), 7);
    for (const area of ["script", "playbook", "training"] as const) {
      const res = await head.post("/api/improvements", {
        sourceKind: "incident",
        sourceId: reviewed.id,
        area,
        what: `复盘后改进：${area}`,
        ownerId: owner.id,
        dueOn,
      });
      expect(res.statusCode, res.body).toBe(200);
      actions[area] = res.json();
    }
  });
  afterAll(() => t.close());

  const versionsOf = async (client: TestClient, path: string) =>
    (await client.get(`/api/knowhow/${path}`)).json().versions as Version[];

  it("the sub-branch's draft names its outlet's open action; the action shows the version and the version the action", async () => {
    const [current] = await versionsOf(officer, "scripts/demand-manager");
    const saved = await officer.post("/api/knowhow/scripts/demand-manager/draft", {
      content: current.content,
      improvementIds: [actions.script.id],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const draft = (saved.json().versions as Version[])[0];
    expect(draft.improvements.map((i) => i.id)).toEqual([actions.script.id]);

    const mine = (await lobby.get("/api/improvements?mine=true")).json().items as Improvement[];
    expect(mine.find((i) => i.id === actions.script.id)?.versions).toEqual([
      { id: draft.id, kind: "script", key: "demand-manager", versionNo: draft.versionNo, status: "draft" },
    ]);
    // Outside the sub-branch the action is not seen at all.
    expect((await lobbyOt04.get("/api/improvements")).json().items).toEqual([]);

    const audit = await t.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "knowhow.draft")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json ?? "{}").improvementIds).toEqual([actions.script.id]);
  });

  it("an action of another area, or one that does not exist, is refused by name and nothing is stored", async () => {
    const [current] = await versionsOf(officer, "scripts/long-queue");
    for (const ids of [[actions.playbook.id], [999_999]]) {
      const res = await officer.post("/api/knowhow/scripts/long-queue/draft", {
        content: current.content,
        improvementIds: ids,
      });
      expect([res.statusCode, res.json().error.field]).toEqual([400, "improvementIds"]);
    }
    expect((await versionsOf(officer, "scripts/long-queue")).filter((v) => v.status === "draft")).toEqual([]);

    // Publishing names actions too; a wrong one leaves the draft unpublished.
    const draft = (await versionsOf(manager, "scripts/demand-manager"))[0];
    const wrong = await manager.post(`/api/knowhow/versions/${draft.id}/publish`, {
      improvementIds: [actions.training.id],
    });
    expect([wrong.statusCode, wrong.json().error.field]).toEqual([400, "improvementIds"]);
    expect((await versionsOf(manager, "scripts/demand-manager"))[0].status).toBe("draft");
  });

  it("closing an action names the version that made the change; a version of another kind is refused", async () => {
    const [script] = await versionsOf(officer, "scripts/demand-manager");
    const [playbook] = await versionsOf(officer, "playbooks/complaint_conflict");
    const wrong = await lobby.post(`/api/improvements/${actions.playbook.id}/complete`, {
      outcome: "预案已更新",
      versionId: script.id,
    });
    expect([wrong.statusCode, wrong.json().error.field]).toEqual([400, "versionId"]);
    expect((await lobby.get("/api/improvements?mine=true&status=open")).json().items.length).toBe(3);

    const done = await lobby.post(`/api/improvements/${actions.playbook.id}/complete`, {
      outcome: "预案已更新",
      versionId: playbook.id,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: "done",
      versions: [{ id: playbook.id, kind: "playbook", key: "complaint_conflict", versionNo: 1 }],
    });
    // A done action is not answered again.
    const late = await officer.post("/api/knowhow/playbooks/complaint_conflict/draft", {
      content: playbook.content,
      improvementIds: [actions.playbook.id],
    });
    expect([late.statusCode, late.json().error.field]).toEqual([409, "improvementIds"]);
  });
});
