import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { idOf, startTestApp, type TestApp, TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import type { App, Deps } from "../http/deps.ts";
import { createRuntime } from "../runtime.ts";
import { DEMO_PASSWORD } from "../seed/demo.ts";

async function signIn(app: App, username: string) {
  const client = new TestClient(app);
  const res = await client.post("/api/auth/login", { username, password: DEMO_PASSWORD });
  expect(res.statusCode, res.body).toBe(200);
  return client;
}

/** Polls until `done` holds, and says how long that took (ms). */
async function within(limitMs: number, done: () => Promise<boolean>): Promise<number> {
  const start = performance.now();
  while (!(await done())) {
    if (performance.now() - start > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 2));
  }
  return performance.now() - start;
}

describeEachEngine("session cache: one instance", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.as("admin");
  });
  afterAll(() => t.close());

  it("keeps a signed-in session for a few seconds: a row removed behind the server's back is still admitted", async () => {
    const teller = await t.as("teller.ot02");
    expect((await teller.get("/api/me")).statusCode).toBe(200);
    await t.db
      .deleteFrom("sessions")
      .where("user_id", "=", await idOf(t, "user", "teller.ot02"))
      .execute();
    expect((await teller.get("/api/me")).statusCode).toBe(200);
  });

  it("the cache's time is a setting of at most ten seconds, and 0 turns it off", () => {
    expect(() => loadConfig({ SESSION_CACHE_SECONDS: "11" })).toThrow(/SESSION_CACHE_SECONDS/);
    expect(loadConfig({ SESSION_CACHE_SECONDS: "0", SESSION_CACHE_SIZE: "50" })).toMatchObject({
      sessionCacheSeconds: 0,
      sessionCacheSize: 50,
    });
  });

  it("a disabled user, a changed role and an ended session apply at the next request", async () => {
    const lobby = await t.as("lobby.ot01");
    const id = await idOf(t, "user", "lobby.ot01");
    expect((await lobby.get("/api/me")).json().role).toBe("lobby_manager");
    expect((await admin.patch(`/api/users/${id}`, { role: "teller" })).statusCode).toBe(200);
    expect((await lobby.get("/api/me")).json().role).toBe("teller");
    expect((await admin.patch(`/api/users/${id}`, { disabled: true })).statusCode).toBe(200);
    expect((await lobby.get("/api/me")).statusCode).toBe(401);
    await admin.patch(`/api/users/${id}`, { disabled: false, role: "lobby_manager" });

    const head = await t.as("head.ot01");
    const cookie = head.cookieHeader();
    expect((await head.get("/api/me")).statusCode).toBe(200);
    expect((await head.post("/api/auth/logout")).statusCode).toBe(204);
    // The same cookie, replayed after the sign-out, names a session that has ended.
    const replay = await t.app.inject({ url: "/api/me", headers: { cookie } });
    expect(replay.statusCode).toBe(401);
  });
});

describe.runIf(inject("postgresUrl"))("session cache: two instances on one PostgreSQL", () => {
  let t: TestApp;
  let other: { app: App; deps: Deps };
  let admin: TestClient;
  const listeners = async () => {
    const c = new pg.Client({ connectionString: t.location.databaseUrl ?? "" });
    await c.connect();
    const { rows } = await c.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'",
    );
    await c.end();
    return rows.length;
  };

  beforeAll(async () => {
    t = await startTestApp("postgres");
    const db = openDatabase(t.location);
    const deps = await createRuntime({ db, config: t.deps.config, now: t.clock.now });
    other = { app: await buildApp(deps), deps };
    admin = await t.as("admin");
  });
  afterAll(async () => {
    await other.app.close();
    await other.deps.live.close();
    await other.deps.db.destroy();
    await t.close();
  });

  it("a user disabled on one instance is refused on the other within 100 ms", async () => {
    const lobby = await signIn(other.app, "lobby.ot02");
    expect((await lobby.get("/api/me")).statusCode).toBe(200);
    const id = await idOf(t, "user", "lobby.ot02");
    expect((await admin.patch(`/api/users/${id}`, { disabled: true })).statusCode).toBe(200);
    const ms = await within(100, async () => (await lobby.get("/api/me")).statusCode === 401);
    expect(ms).toBeLessThan(100);
  });

  it("a role changed on one instance applies on the other within 100 ms", async () => {
    const teller = await signIn(other.app, "teller.ot01");
    expect((await teller.get("/api/me")).json().role).toBe("teller");
    const id = await idOf(t, "user", "teller.ot01");
    expect((await admin.patch(`/api/users/${id}`, { role: "wealth_manager" })).statusCode).toBe(200);
    await within(100, async () => (await teller.get("/api/me")).json().role === "wealth_manager");
  });

  it("an instance that loses its listener empties its cache and reads every session until it listens again", async () => {
    const guard = await signIn(other.app, "guard.ot01");
    expect((await guard.get("/api/me")).statusCode).toBe(200);
    expect(await listeners()).toBeGreaterThan(0);
    await within(2_000, async () => !other.deps.live.listening());
    // Ended without a word on the bus: only a cache that was emptied sees it.
    await t.db
      .deleteFrom("sessions")
      .where("user_id", "=", await idOf(t, "user", "guard.ot01"))
      .execute();
    expect((await guard.get("/api/me")).statusCode).toBe(401);
    // Once it listens again, the cache serves again and invalidations reach it.
    await within(5_000, async () => other.deps.live.listening());
    const head = await signIn(other.app, "head.ot02");
    expect((await head.get("/api/me")).statusCode).toBe(200);
    const id = await idOf(t, "user", "head.ot02");
    expect((await admin.patch(`/api/users/${id}`, { disabled: true })).statusCode).toBe(200);
    await within(100, async () => (await head.get("/api/me")).statusCode === 401);
  });
});
