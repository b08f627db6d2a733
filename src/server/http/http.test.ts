import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("HTTP behaviour", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it("health, readiness, metrics and the OpenAPI document answer without a session", async () => {
    expect((await t.app.inject("/healthz")).json()).toEqual({ status: "ok" });
    expect((await t.app.inject("/readyz")).json()).toEqual({ status: "ready" });
    const metrics = await t.app.inject("/metrics");
    expect(metrics.body).toContain("http_request_duration_seconds");
    const openapi = (await t.app.inject("/docs/json")).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(["/api/auth/login", "/api/users", "/api/audit"]),
    );
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
