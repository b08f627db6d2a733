import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/engines.ts";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { createRuntime } from "../runtime.ts";
import type { App } from "./deps.ts";

describe("serving the web app", () => {
  let database: TestDatabase;
  let app: App;
  const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-web-"));
  beforeAll(async () => {
    fs.mkdirSync(path.join(webRoot, "assets"));
    fs.writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>网点应急</title>");
    fs.writeFileSync(path.join(webRoot, "assets", "app-1.js"), "console.log(1)");
    database = await createTestDatabase("sqlite");
    const config = { ...loadConfig({}), logLevel: "silent", webRoot };
    app = await buildApp(await createRuntime({ db: database.db, config, now: () => new Date() }));
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  it("a page path of the app gets index.html, so a bookmark or a reload works", async () => {
    const res = await app.inject("/incidents/42");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("网点应急");
  });

  it("a script built after the server started is served without a restart", async () => {
    fs.writeFileSync(path.join(webRoot, "assets", "app-2.js"), "console.log(2)");
    const res = await app.inject("/assets/app-2.js");
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe("console.log(2)");
  });

  it("a missing script is a 404, not the app's HTML", async () => {
    const res = await app.inject("/assets/gone-3.js");
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/json");
  });

  it("an unknown API path stays a JSON 404", async () => {
    const res = await app.inject("/api/nope");
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("route_not_found");
  });
});
