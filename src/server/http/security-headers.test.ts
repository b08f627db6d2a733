import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { buildApp } from "../app.ts";
import type { App } from "./deps.ts";

describeEachEngine("security headers", (engine) => {
  let t: TestApp;
  let web: App;
  let secure: App;
  let admin: TestClient;
  const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-headers-"));
  beforeAll(async () => {
    fs.writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>网点应急</title>");
    t = await startTestApp(engine);
    web = await buildApp({ ...t.deps, config: { ...t.deps.config, webRoot } });
    secure = await buildApp({ ...t.deps, config: { ...t.deps.config, cookieSecure: true } });
    admin = await t.as("admin");
  });
  afterAll(async () => {
    await web.close();
    await secure.close();
    await t.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  const expectHardened = (headers: Record<string, unknown>, what: string) => {
    const csp = String(headers["content-security-policy"]);
    expect(csp, what).toContain("script-src 'self'");
    expect(csp, what).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp, what).toContain("frame-ancestors 'none'");
    expect(csp, what).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], what).toBe("nosniff");
    expect(headers["x-frame-options"], what).toBe("DENY");
    expect(headers["referrer-policy"], what).toBe("same-origin");
  };

  it("the app's pages, its print pages, the API, errors and /docs all carry them", async () => {
    for (const url of ["/", "/complaints", "/incidents/1/reports/2/print", "/counter-exceptions/3/print"]) {
      const res = await web.inject(url);
      expect(res.statusCode).toBe(200);
      expectHardened(res.headers, url);
    }
    expectHardened((await admin.get("/api/me")).headers, "/api/me");
    expectHardened((await admin.get("/api/nothing")).headers, "a 404");
    expectHardened((await t.anonymous().post("/api/auth/login", "{")).headers, "a 400");
    const docs = await admin.get("/docs");
    expect(docs.statusCode).toBe(200);
    expectHardened(docs.headers, "/docs");
  });

  it("HSTS only when cookies are secure, that is behind HTTPS", async () => {
    expect((await t.app.inject("/healthz")).headers["strict-transport-security"]).toBeUndefined();
    const hsts = (await secure.inject("/healthz")).headers["strict-transport-security"];
    expect(hsts).toMatch(/max-age=\d{8}; includeSubDomains/);
  });
});
