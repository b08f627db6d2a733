import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { cliVerify, dropAppendOnlyGuard } from "./testing.ts";
import { verifyAuditChain } from "./verify.ts";

describeEachEngine("audit trail", (engine) => {
  let t: TestApp;
  let auditor: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    auditor = await t.as("auditor");
    const admin = await t.as("admin");
    await admin.patch(`/api/users/${await idOf(t, "user", "teller.ot01")}`, {
      displayName: "柜员 陈晨（改）",
    });
    await t.anonymous().post("/api/auth/login", { username: "teller.ot01", password: "wrong" });
  });
  afterAll(() => t.close());

  it("an auditor reads who did what to which record, with before and after, newest first", async () => {
    const page = (await auditor.get("/api/audit?entityType=user&action=users.update")).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      actorUsername: "admin",
      action: "users.update",
      entityId: String(await idOf(t, "user", "teller.ot01")),
      before: { displayName: "柜员 陈晨" },
      after: { displayName: "柜员 陈晨（改）" },
    });
    const all = (await auditor.get("/api/audit")).json().items;
    expect(all[0].id).toBeGreaterThan(all[all.length - 1].id);
  });

  it("filters by action family, actor and time range", async () => {
    const auth = (await auditor.get("/api/audit?action=auth.")).json().items;
    expect(auth.length).toBeGreaterThan(0);
    expect(auth.every((e: { action: string }) => e.action.startsWith("auth."))).toBe(true);
    const byActor = (await auditor.get("/api/audit?actor=teller.ot01")).json().items;
    expect(byActor.map((e: { action: string }) => e.action)).toEqual(["auth.login_failed"]);
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await auditor.get(`/api/audit?from=${encodeURIComponent(future)}`)).json().items).toEqual([]);
    const bad = await auditor.get("/api/audit?from=yesterday");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("from");
  });

  it("the database refuses to update or delete audit entries", async () => {
    await expect(sql`UPDATE audit_log SET action = 'x' WHERE id = 1`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log WHERE id = 1`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it("concurrent writers in one branch still form one unbroken chain", async () => {
    const admin = await t.as("admin");
    const ot03 = await idOf(t, "unit", "OT03");
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        admin.post("/api/users", {
          username: `burst${i}.ot03`,
          displayName: `并发 ${i}`,
          role: "teller",
          orgUnitId: ot03,
          password: "Burst#Pass2026",
        }),
      ),
    );
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    expect(cliVerify(t)).toMatchObject({ code: 0, out: expect.stringContaining("intact") });
  });
});

describeEachEngine("audit tampering", (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(engine);
    const admin = await t.as("admin");
    await admin.patch(`/api/users/${await idOf(t, "user", "teller.ot01")}`, {
      displayName: "柜员 陈晨（改）",
    });
    await t.as("auditor");
    // A later entry in the same branch's chain as the update.
    await t.as("teller.ot02");
    await dropAppendOnlyGuard(t);
  });
  afterEach(() => t.close());

  it("verify names the first entry altered, or whose predecessor was deleted, behind the application's back", async () => {
    const target = await t.db
      .selectFrom("audit_log")
      .select(["id", "chain"])
      .where("action", "=", "users.update")
      .executeTakeFirstOrThrow();
    await sql`UPDATE audit_log SET after_json = '{"displayName":"forged"}' WHERE id = ${target.id}`.execute(
      t.db,
    );
    const altered = cliVerify(t);
    expect(altered.code).toBe(1);
    expect(altered.out).toContain(`BROKEN at entry ${target.id}`);

    await sql`DELETE FROM audit_log WHERE id = ${target.id}`.execute(t.db);
    const next = await t.db
      .selectFrom("audit_log")
      .select("id")
      .where("chain", "=", target.chain)
      .where("id", ">", target.id)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: next.id });
  });

  it("verify notices entries deleted from the end of the log", async () => {
    const last = await t.db
      .selectFrom("audit_log")
      .select("id")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    await sql`DELETE FROM audit_log WHERE id = ${last.id}`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: last.id });
  });
});
