import { Writable } from "node:stream";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { buildApp } from "../app.ts";
import { DEMO_PASSWORD } from "../seed/demo.ts";

/** An app of the test's database logging at `level` into an array of parsed lines. */
async function loggingApp(t: TestApp, level: string) {
  const lines: { level: number; msg: string; route?: string; status?: number; user?: string }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = await buildApp({ ...t.deps, config: { ...t.deps.config, logLevel: level } }, { stream });
  return { app, lines };
}

const INFO = 30;

describeEachEngine("request logs", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it("at info: one line per business event and per refused request, none for reading", async () => {
    const { app, lines } = await loggingApp(t, "info");
    const client = new TestClient(app);
    await client.post("/api/auth/login", { username: "admin", password: DEMO_PASSWORD });
    for (let i = 0; i < 5; i++) await client.get("/api/me");
    await client.get("/api/org-units");
    await client.post("/api/org-units", { code: "OK1", name: "n", kind: "planet", parentId: 1 });
    await app.close();
    const info = lines.filter((l) => l.level >= INFO);
    expect(info.map((l) => [l.msg, l.route, l.status])).toEqual([
      ["business event", "/api/auth/login", 200],
      ["request refused", "/api/org-units", 400],
    ]);
    expect(info[1].user).toBe("admin");
  });

  it("at debug: every request", async () => {
    const { app, lines } = await loggingApp(t, "debug");
    await app.inject("/healthz");
    await app.close();
    expect(lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining(["incoming request", "request completed"]),
    );
  });
});
