import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../../test/app.ts";
import { describeEachEngine } from "../../../../test/engines.ts";

const DIRTY = "新春特供：安盈理财，保本高收益！理财非存款、产品有风险、投资须谨慎。";
const FIXED =
  "新春特供：安盈理财，业绩比较基准3.2%，测算依据见说明书。本产品不保证本金，收益不确定。理财非存款、产品有风险、投资须谨慎。";

describeEachEngine("marketing-material review", (engine) => {
  let t: TestApp;
  let wealth: TestClient;
  let officer: TestClient;
  let manager: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    wealth = await t.as("wealth.ot01");
    officer = await t.as("officer.sb01");
    manager = await t.as("manager.sb01");
  });
  afterAll(() => t.close());

  const submit = (client: TestClient, text: string, extra: Record<string, unknown> = {}) =>
    client.post("/api/materials", {
      title: "新春理财海报",
      channel: "lobby_poster",
      materialType: "wealth_product",
      text,
      ...extra,
    });

  it("a submission is checked at once; an officer rejects it, the fix is a new version, which is approved and frozen", async () => {
    const res = await submit(wealth, DIRTY);
    expect(res.statusCode).toBe(201);
    const m = res.json();
    expect(m.ref).toMatch(/^MKT-\d{8}-\d{4}$/);
    expect(m).toMatchObject({ status: "pending_review", currentVersion: 1 });
    const v1 = m.versions[0];
    expect(v1.errorCount).toBeGreaterThan(0);
    const principal = v1.findings.find((f: { ruleId: string }) => f.ruleId === "mkt.guaranteed_principal");
    expect(DIRTY.slice(principal.start, principal.end)).toBe("保本");

    // Approval is refused while the automatic check finds errors.
    const approveDirty = await officer.post(`/api/materials/${m.id}/review`, {
      versionId: v1.id,
      decision: "approve",
    });
    expect(approveDirty.statusCode).toBe(409);
    expect(approveDirty.json().error.code).toBe("materials.has_errors");

    const rejected = await officer.post(`/api/materials/${m.id}/review`, {
      versionId: v1.id,
      decision: "reject",
      comment: "删去“保本”“高收益”，补充两告知。",
    });
    expect(rejected.json()).toMatchObject({ status: "rejected" });
    expect(rejected.json().versions[0]).toMatchObject({ reviewedBy: { displayName: expect.any(String) } });

    const v2res = await wealth.post(`/api/materials/${m.id}/versions`, { text: FIXED });
    expect(v2res.statusCode).toBe(201);
    const v2 = v2res.json();
    expect(v2).toMatchObject({ status: "pending_review", currentVersion: 2 });
    expect(v2.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, "pending_review"],
      [1, "rejected"],
    ]);
    expect(v2.versions[0].errorCount).toBe(0);

    const approved = await officer.post(`/api/materials/${m.id}/review`, {
      versionId: v2.versions[0].id,
      decision: "approve",
    });
    expect(approved.json()).toMatchObject({ status: "approved" });

    // Frozen: the database itself refuses to change an approved version's text.
    await expect(
      t.db
        .updateTable("material_versions")
        .set({ body: "改过" })
        .where("id", "=", v2.versions[0].id)
        .execute(),
    ).rejects.toThrow();

    // Any edit after approval is a new version that needs approval again.
    const v3 = (
      await wealth.post(`/api/materials/${m.id}/versions`, { text: `${FIXED}（活动至3月31日）` })
    ).json();
    expect(v3).toMatchObject({ status: "pending_review", currentVersion: 3 });
    expect(v3.versions[1]).toMatchObject({ version: 2, status: "approved", text: FIXED });

    const actions = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", "marketing_material")
      .where("entity_id", "=", String(m.id))
      .orderBy("id")
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      "materials.submit",
      "materials.reject",
      "materials.new_version",
      "materials.approve",
      "materials.new_version",
    ]);
  });

  it("the submitter can never approve their own material, even as an officer", async () => {
    const m = (await submit(officer, FIXED)).json();
    const self = await officer.post(`/api/materials/${m.id}/review`, {
      versionId: m.versions[0].id,
      decision: "approve",
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe("materials.self_review");
    const other = await manager.post(`/api/materials/${m.id}/review`, {
      versionId: m.versions[0].id,
      decision: "approve",
    });
    expect(other.json().status).toBe("approved");
  });

  it("only the current pending version can be reviewed, once", async () => {
    const m = (await submit(wealth, FIXED)).json();
    const v1 = m.versions[0].id;
    await wealth.post(`/api/materials/${m.id}/versions`, { text: `${FIXED} 新增网点地址。` });
    const stale = await officer.post(`/api/materials/${m.id}/review`, { versionId: v1, decision: "approve" });
    expect(stale.statusCode).toBe(409);
    const unchanged = await wealth.post(`/api/materials/${m.id}/versions`, {
      text: `${FIXED} 新增网点地址。`,
    });
    expect(unchanged.statusCode).toBe(400);
    expect(unchanged.json().error.field).toBe("text");
  });

  it("tellers cannot submit, wealth managers cannot review, and bad input names the field", async () => {
    const teller = await t.as("teller.ot01");
    expect((await submit(teller, FIXED)).statusCode).toBe(403);
    const m = (await submit(wealth, FIXED)).json();
    expect(
      (
        await wealth.post(`/api/materials/${m.id}/review`, {
          versionId: m.versions[0].id,
          decision: "approve",
        })
      ).statusCode,
    ).toBe(403);
    for (const [extra, field] of [
      [{ channel: "billboard" }, "channel"],
      [{ title: "" }, "title"],
      [{ text: "   " }, "text"],
      [{ attachment: { name: "a.png", type: "png", base64: "AAAA" } }, "attachment.type"],
    ] as const) {
      const res = await submit(wealth, FIXED, extra);
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    const noComment = await officer.post(`/api/materials/${m.id}/review`, {
      versionId: m.versions[0].id,
      decision: "reject",
    });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.field).toBe("comment");
  });

  it("an attachment is kept with its version and served back", async () => {
    const png = Buffer.from("89504e470d0a1a0a", "hex").toString("base64");
    const m = (
      await submit(wealth, FIXED, { attachment: { name: "海报.png", type: "image/png", base64: png } })
    ).json();
    expect(m.versions[0].attachment).toEqual({ name: "海报.png", type: "image/png" });
    const file = await officer.get(`/api/materials/${m.id}/versions/${m.versions[0].id}/attachment`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/png");
    expect(file.rawPayload.toString("base64")).toBe(png);
  });

  it("materials are visible in the submitter's subtree only", async () => {
    const m = (await submit(wealth, FIXED)).json();
    const outsider = await t.as("lobby.ot04");
    expect((await outsider.get(`/api/materials/${m.id}`)).statusCode).toBe(404);
    expect((await outsider.get("/api/materials")).json().items).toEqual([]);
    const queue = (await officer.get("/api/materials?status=pending_review")).json().items;
    expect(queue.some((x: { id: number }) => x.id === m.id)).toBe(true);
  });
});
