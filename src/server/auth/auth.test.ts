import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { DEMO_PASSWORD } from "../seed/demo.ts";

async function auditActions(t: TestApp, username: string) {
  const rows = await t.db
    .selectFrom("audit_log")
    .select("action")
    .where("actor_username", "=", username)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.action);
}

describeEachEngine("sign-in", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it("a demo user signs in, gets an httpOnly SameSite cookie and sees who they are", async () => {
    const client = t.anonymous();
    const res = await client.post("/api/auth/login", { username: "lobby.ot01", password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "bulwark_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    const me = (await client.get("/api/me")).json();
    expect(me).toMatchObject({
      username: "lobby.ot01",
      role: "lobby_manager",
      orgUnit: { code: "OT01" },
      timeZone: "Asia/Shanghai",
    });
    expect(me.permissions).toContain("users.read");
    expect(me.permissions).not.toContain("users.manage");
    expect(await auditActions(t, "lobby.ot01")).toContain("auth.login");
  });

  it("a wrong password answers 401 and is audited", async () => {
    const res = await t
      .anonymous()
      .post("/api/auth/login", { username: "guard.ot01", password: "wrong-password" });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("auth.invalid_credentials");
    expect(await auditActions(t, "guard.ot01")).toEqual(["auth.login_failed"]);
  });

  it("an unknown username answers the same 401 as a wrong password", async () => {
    const res = await t.anonymous().post("/api/auth/login", { username: "nobody", password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("auth.invalid_credentials");
  });

  it("five wrong passwords lock the account for 15 minutes, even against the right password", async () => {
    const client = t.anonymous();
    client.language = "en";
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await client.post("/api/auth/login", { username: "teller2.ot01", password: "nope" })).statusCode,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await client.post("/api/auth/login", {
      username: "teller2.ot01",
      password: DEMO_PASSWORD,
    });
    expect(locked.statusCode).toBe(423);
    const until = new Date(locked.json().error.params.until).getTime();
    expect(until - t.clock.now().getTime()).toBe(15 * 60_000);
    expect(locked.json().error.message).toMatch(/locked until \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await auditActions(t, "teller2.ot01")).toContain("auth.locked");

    t.clock.advanceMinutes(16);
    const after = await client.post("/api/auth/login", { username: "teller2.ot01", password: DEMO_PASSWORD });
    expect(after.statusCode).toBe(200);
  });

  it("a session expires after 30 minutes idle, but not while it is used", async () => {
    const client = await t.as("wealth.ot01");
    t.clock.advanceMinutes(20);
    expect((await client.get("/api/me")).statusCode).toBe(200);
    t.clock.advanceMinutes(20);
    expect((await client.get("/api/me")).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    const res = await client.get("/api/me");
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("auth.required");
  });

  it("signing out ends the session", async () => {
    const client = await t.as("head.ot02");
    expect((await client.post("/api/auth/logout")).statusCode).toBe(204);
    expect((await client.get("/api/me")).statusCode).toBe(401);
    expect(await auditActions(t, "head.ot02")).toEqual(["auth.login", "auth.logout"]);
  });

  it("a mutating request without the anti-forgery token is refused and changes nothing", async () => {
    const admin = await t.as("admin");
    const res = await admin.postWithoutCsrf("/api/users", {
      username: "forged",
      displayName: "Forged",
      role: "teller",
      orgUnitId: 1,
      password: "Forged#Pass2026",
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("auth.csrf");
    const row = await t.db
      .selectFrom("users")
      .select("id")
      .where("username", "=", "forged")
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it("a user changes their own password and signs in with the new one", async () => {
    const client = await t.as("lobby.ot02");
    const weak = await client.post("/api/me/password", {
      currentPassword: DEMO_PASSWORD,
      newPassword: "short",
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.field).toBe("newPassword");
    const wrong = await client.post("/api/me/password", {
      currentPassword: "bad",
      newPassword: "New#Pass2026x",
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe("currentPassword");
    const ok = await client.post("/api/me/password", {
      currentPassword: DEMO_PASSWORD,
      newPassword: "New#Pass2026x",
    });
    expect(ok.statusCode).toBe(204);
    const again = await t
      .anonymous()
      .post("/api/auth/login", { username: "lobby.ot02", password: "New#Pass2026x" });
    expect(again.statusCode).toBe(200);
  });

  it("bad sign-in input answers 400 naming the field", async () => {
    const res = await t.anonymous().post("/api/auth/login", { username: "", password: 5 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("username");
  });
});
