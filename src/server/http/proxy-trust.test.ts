import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInFrom, startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { DEMO_PASSWORD } from "../seed/demo.ts";
import type { App } from "./deps.ts";

describe("TRUST_PROXY", () => {
  it("is off by default and takes a comma-separated list of addresses and CIDRs", () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.1, 192.168.0.0/16,::1,loopback" }).trustProxy).toEqual([
      "10.0.0.1",
      "192.168.0.0/16",
      "::1",
      "loopback",
    ]);
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: "10.0.0.0/40" })).toThrow(/TRUST_PROXY/);
  });
});

describeEachEngine("the client address in the audit log", (engine) => {
  let t: TestApp;
  let behindProxy: App;
  beforeAll(async () => {
    t = await startTestApp(engine);
    behindProxy = await buildApp({ ...t.deps, config: { ...t.deps.config, trustProxy: ["10.9.0.0/16"] } });
  });
  afterAll(async () => {
    await behindProxy.close();
    await t.close();
  });

  const lastSignInAddress = async () =>
    (
      await t.db
        .selectFrom("audit_log")
        .select("ip")
        .where("action", "=", "auth.login")
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow()
    ).ip;
  const credentials = { username: "admin", password: DEMO_PASSWORD };
  const forwardedFor = { "x-forwarded-for": "203.0.113.7" };

  it("by default is the socket's peer, whatever X-Forwarded-For claims", async () => {
    expect((await signInFrom(t.app, "198.51.100.4", credentials, forwardedFor)).statusCode).toBe(200);
    expect(await lastSignInAddress()).toBe("198.51.100.4");
  });

  it("is taken from X-Forwarded-For when the request comes from a trusted proxy, and only then", async () => {
    expect((await signInFrom(behindProxy, "10.9.1.1", credentials, forwardedFor)).statusCode).toBe(200);
    expect(await lastSignInAddress()).toBe("203.0.113.7");
    expect((await signInFrom(behindProxy, "10.8.1.1", credentials, forwardedFor)).statusCode).toBe(200);
    expect(await lastSignInAddress()).toBe("10.8.1.1");
  });
});
