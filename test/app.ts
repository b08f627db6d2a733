import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { buildApp } from "../src/server/app.ts";
import { loadConfig } from "../src/server/config.ts";
import type { App, Deps } from "../src/server/http/deps.ts";
import { createRuntime } from "../src/server/runtime.ts";
import { DEMO_PASSWORD, seedDemoData } from "../src/server/seed/demo.ts";
import { createTestDatabase, type Engine, type TestDatabase } from "./engines.ts";

/** A clock the tests move by hand, so idle time-outs and lock-outs need no waiting. */
export class TestClock {
  current = new Date();
  now = () => this.current;
  advanceMinutes(minutes: number) {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export interface TestApp extends TestDatabase {
  app: App;
  clock: TestClock;
  deps: Deps;
  /** A signed-in client for a demo user (all share the demo password). */
  as(username: string): Promise<TestClient>;
  anonymous(): TestClient;
  close(): Promise<void>;
}

/**
 * The real application over a fresh database of `engine` with the demo tree and users (DEMO_DATA=minimal),
 * called through app.inject; `sampleRecords` adds the demo's three months of records as `npm start` does.
 */
export async function startTestApp(engine: Engine, opts: { sampleRecords?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase(engine);
  const clock = new TestClock();
  await seedDemoData(
    database.db,
    opts.sampleRecords ? { timeZone: loadConfig({}).timeZone, now: clock.now() } : undefined,
  );
  const config = {
    ...loadConfig({}),
    logLevel: "silent",
    webRoot: null,
    databaseUrl: database.location.databaseUrl,
  };
  const deps = await createRuntime({ db: database.db, config, now: clock.now });
  const app = await buildApp(deps);
  return {
    ...database,
    app,
    clock,
    deps,
    anonymous: () => new TestClient(app),
    async as(username) {
      const client = new TestClient(app);
      const res = await client.post("/api/auth/login", { username, password: DEMO_PASSWORD });
      if (res.statusCode !== 200) throw new Error(`login of ${username} failed: ${res.body}`);
      return client;
    },
    async close() {
      await app.close();
      await deps.live.close();
      await database.drop();
    },
  };
}

/** Keeps cookies like a browser and sends the anti-forgery token on mutating requests. */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;
  private readonly app: App;
  language = "zh-CN";

  constructor(app: App) {
    this.app = app;
  }

  /**
   * `payload` goes out as JSON; a string or buffer goes out as it is (as JSON unless `contentType` says
   * otherwise), to test what the server makes of raw bodies and uploads.
   */
  async request(
    method: InjectOptions["method"],
    url: string,
    payload?: unknown,
    contentType?: string,
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { "accept-language": this.language };
    if (typeof payload === "string" || Buffer.isBuffer(payload))
      headers["content-type"] = contentType ?? "application/json";
    if (method !== "GET") {
      this.csrf ??= (await this.request("GET", "/api/auth/csrf")).json().token;
      headers["x-csrf-token"] = this.csrf as string;
    }
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await this.app.inject({
      method,
      url,
      headers,
      ...(payload !== undefined && { payload: payload as string | Buffer | object }),
    });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.value === "" || (c.expires && c.expires.getTime() < Date.now());
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get(url: string) {
    return this.request("GET", url);
  }
  post(url: string, payload?: unknown) {
    return this.request("POST", url, payload ?? {});
  }
  patch(url: string, payload: unknown) {
    return this.request("PATCH", url, payload);
  }

  /** The Cookie header this client sends, for a real HTTP request outside inject (a live event stream). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** Sends a mutating request without the token, as a forged cross-site form would. */
  async postWithoutCsrf(url: string, payload: unknown) {
    const saved = this.csrf;
    this.csrf = "";
    const res = await this.request("POST", url, payload);
    this.csrf = saved;
    return res;
  }
}

/** The id of a demo org unit or user by its code or username. */
export async function idOf(t: TestDatabase, kind: "unit" | "user", key: string): Promise<number> {
  const row =
    kind === "unit"
      ? await t.db.selectFrom("org_units").select("id").where("code", "=", key).executeTakeFirstOrThrow()
      : await t.db.selectFrom("users").select("id").where("username", "=", key).executeTakeFirstOrThrow();
  return row.id;
}

/** A sign-in from a given client address and headers, as a browser there would send it (with the anti-forgery token). */
export async function signInFrom(
  app: App,
  remoteAddress: string,
  body: { username: string; password: string },
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const csrf = await app.inject({ url: "/api/auth/csrf", remoteAddress });
  const cookie = csrf.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return app.inject({
    method: "POST",
    url: "/api/auth/login",
    remoteAddress,
    headers: { cookie, "x-csrf-token": csrf.json().token, ...headers },
    payload: body,
  });
}
