import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { DEMO_PASSWORD } from "../seed/demo.ts";

describeEachEngine("a password reset by an administrator", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it("makes the user choose a new password before anything else", async () => {
    const admin = await t.as("admin");
    const tellerId = await idOf(t, "user", "teller.ot01");
    const reset = await admin.post(`/api/users/${tellerId}/password`, { password: "Reset#2026temp" });
    expect(reset.statusCode, reset.body).toBeLessThan(300);

    const teller = t.anonymous();
    const login = await teller.post("/api/auth/login", {
      username: "teller.ot01",
      password: "Reset#2026temp",
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().mustChangePassword).toBe(true);
    expect((await teller.get("/api/me")).json().mustChangePassword).toBe(true);
    const refused = await teller.get("/api/counter-exceptions");
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: "auth.password_change_required",
      message: "管理员重置了您的密码，请先设置新密码",
    });
    expect((await teller.post("/api/counter-exceptions", {})).statusCode).toBe(403);

    const changed = await teller.post("/api/me/password", {
      currentPassword: "Reset#2026temp",
      newPassword: "Mine#2026chosen",
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await teller.get("/api/me")).json().mustChangePassword).toBe(false);
    expect((await teller.get("/api/counter-exceptions")).statusCode).toBe(200);
  });

  it("a user who changes their own password is not asked again", async () => {
    const head = await t.as("head.ot01");
    await head.post("/api/me/password", { currentPassword: DEMO_PASSWORD, newPassword: "Head#2026chosen" });
    expect((await head.get("/api/me")).json().mustChangePassword).toBe(false);
    expect((await head.get("/api/counter-exceptions")).statusCode).toBe(200);
  });
});
