import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { buildApp } from "../app.ts";

describeEachEngine("HTTP behaviour", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it("health and readiness answer without a session", async () => {
    expect((await t.app.inject("/healthz")).json()).toEqual({ status: "ok" });
    expect((await t.app.inject("/readyz")).json()).toEqual({ status: "ready" });
  });

  it("/metrics needs the bearer token, and does not exist without one configured", async () => {
    expect((await t.app.inject("/metrics")).statusCode).toBe(404);
    const token = "a-long-metrics-token-0123";
    const withToken = await buildApp({ ...t.deps, config: { ...t.deps.config, metricsToken: token } });
    const anonymous = await withToken.inject("/metrics");
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers["www-authenticate"]).toBe("Bearer");
    const wrong = await withToken.inject({ url: "/metrics", headers: { authorization: "Bearer nope" } });
    expect(wrong.statusCode).toBe(401);
    const right = await withToken.inject({ url: "/metrics", headers: { authorization: `Bearer ${token}` } });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain("http_request_duration_seconds");
    await withToken.close();
  });

  it("/docs and /docs/json only for signed-in users, unless DOCS_PUBLIC", async () => {
    for (const url of ["/docs", "/docs/json"]) {
      const res = await t.anonymous().get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe("auth.required");
    }
    const openapi = (await (await t.as("teller.ot01")).get("/docs/json")).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(["/api/auth/login", "/api/users", "/api/audit"]),
    );
    const open = await buildApp({ ...t.deps, config: { ...t.deps.config, docsPublic: true } });
    expect((await open.inject("/docs/json")).statusCode).toBe(200);
    await open.close();
  });

  it("an unknown API route answers 404 in the caller's language", async () => {
    const client = await t.as("admin");
    expect((await client.get("/api/nothing-here")).json().error.message).toBe("接口不存在");
    client.language = "en";
    expect((await client.get("/api/nothing-here")).json().error.message).toBe("No such endpoint");
  });

  it("malformed JSON answers 400, an oversized body 413, never 500", async () => {
    const client = t.anonymous();
    const malformed = await client.post("/api/auth/login", "{not json");
    expect(malformed.statusCode).toBe(400);
    const huge = await client.post(
      "/api/auth/login",
      JSON.stringify({ username: "a", password: "x".repeat(2 * 1024 * 1024) }),
    );
    expect(huge.statusCode).toBe(413);
  });

  it("validation messages name the field in the caller's language", async () => {
    const client = await t.as("admin");
    client.language = "en";
    const res = await client.post("/api/org-units", { code: "OK1", name: "n", kind: "planet", parentId: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("kind");
    expect(res.json().error.message).toMatch(/^Field kind is invalid/);
  });
});
