import { afterAll, beforeAll, expect, it } from "vitest";
import { signInFrom, startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { buildApp } from "../app.ts";
import type { App } from "../http/deps.ts";
import { DEMO_PASSWORD } from "../seed/demo.ts";

const signIn = (app: App, remoteAddress: string, username: string, password: string, lang = "zh-CN") =>
  signInFrom(app, remoteAddress, { username, password }, { "accept-language": lang });

describeEachEngine("sign-in rate limits", (engine) => {
  let t: TestApp;
  let second: App;
  beforeAll(async () => {
    t = await startTestApp(engine);
    // A second instance on the same database, as behind a load balancer.
    second = await buildApp(t.deps);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it("30 failures from one address, on any instance, answer 429 with Retry-After, audited with the address", async () => {
    for (let i = 0; i < 30; i++) {
      const app = i % 2 ? second : t.app;
      const res = await signIn(app, "10.1.1.1", `nobody${i}`, "wrong");
      expect(res.statusCode, res.body).toBe(401);
    }
    const limited = await signIn(t.app, "10.1.1.1", "admin", DEMO_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(14 * 60);
    expect(limited.json().error).toMatchObject({ code: "auth.rate_limited" });
    expect(limited.json().error.message).toBe("登录失败次数过多，请 15 分钟后再试");
    const english = await signIn(second, "10.1.1.1", "admin", DEMO_PASSWORD, "en");
    expect(english.json().error.message).toBe("Too many failed sign-ins; try again in 15 minutes");
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["actor_username", "ip", "after_json"])
      .where("action", "=", "auth.login_failed")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_username: "admin", ip: "10.1.1.1" });
    expect(JSON.parse(audit.after_json ?? "{}")).toEqual({ reason: "rate_limited" });

    expect((await signIn(t.app, "10.1.1.2", "admin", DEMO_PASSWORD)).statusCode).toBe(200);
    t.clock.advanceMinutes(16);
    expect((await signIn(t.app, "10.1.1.1", "admin", DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it("10 failures for one username, from as many addresses, answer 429 for that username only", async () => {
    for (let i = 0; i < 10; i++) {
      expect((await signIn(t.app, `10.2.0.${i}`, "Ghost.User", "wrong")).statusCode).toBe(401);
    }
    const limited = await signIn(t.app, "10.2.1.1", "ghost.user", "wrong");
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["retry-after"]).toBeDefined();
    expect((await signIn(t.app, "10.2.1.1", "lobby.ot01", DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it("successful sign-ins do not count: a whole outlet behind one address signs in", async () => {
    for (let i = 0; i < 40; i++) {
      expect((await signIn(t.app, "10.3.0.1", "lobby.ot01", DEMO_PASSWORD)).statusCode).toBe(200);
    }
  });

  it("from the third wrong password on, the answer says how many tries are left before the lock", async () => {
    const messages = [];
    for (let i = 0; i < 5; i++) {
      const res = await signIn(t.app, "10.4.0.1", "teller.ot01", "wrong", i === 3 ? "en" : "zh-CN");
      messages.push([res.statusCode, res.json().error.message]);
    }
    expect(messages.slice(0, 4)).toEqual([
      [401, "用户名或密码错误"],
      [401, "用户名或密码错误"],
      [401, "用户名或密码错误。再输错 2 次，账户将锁定 15 分钟"],
      [401, "Wrong username or password. 1 more wrong attempt(s) will lock the account for 15 minutes"],
    ]);
    expect(messages[4][0]).toBe(423);
  });
});
