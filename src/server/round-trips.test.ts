import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, TestClient } from "../../test/app.ts";
import { describeEachEngine } from "../../test/engines.ts";
import { countingStatements } from "../../test/statements.ts";
import { buildApp } from "./app.ts";
import { complaintBody } from "./complaints/test-fixtures.ts";
import type { App, Deps } from "./http/deps.ts";
import { createRuntime } from "./runtime.ts";
import { DEMO_PASSWORD } from "./seed/demo.ts";

describeEachEngine("statements per request", (engine) => {
  let t: TestApp;
  let counted: ReturnType<typeof countingStatements>;
  let app: App;
  let deps: Deps;
  let officer: TestClient;
  let lobby: TestClient;

  beforeAll(async () => {
    t = await startTestApp(engine, { sampleRecords: true });
    counted = countingStatements(t.db);
    deps = await createRuntime({ db: counted.db, config: t.deps.config, now: t.clock.now });
    app = await buildApp(deps);
    officer = new TestClient(app);
    await officer.post("/api/auth/login", { username: "officer.sb01", password: DEMO_PASSWORD });
    lobby = new TestClient(app);
    await lobby.post("/api/auth/login", { username: "lobby.ot01", password: DEMO_PASSWORD });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await deps.live.close();
    await t.close();
  });

  const statements = async (who: TestClient, method: "GET" | "POST", url: string, body?: unknown) => {
    await who.request(method, url, body); // warms the session cache and the anti-forgery token
    let status = 0;
    const n = await counted.during(async () => {
      status = (await who.request(method, url, body)).statusCode;
    });
    expect(status).toBeLessThan(300);
    return n;
  };

  it("answers a record by id, a first page and a registration in a fixed number of statements, whatever the record holds", async () => {
    const list = (await officer.get("/api/complaints?limit=50")).json();
    const decided = list.items.find((c: { status: string }) => c.status !== "open");
    const fresh = (await lobby.post("/api/complaints", complaintBody())).json();
    const incidents = (await officer.get("/api/incidents?limit=20")).json();
    const closed = incidents.items.find((c: { status: string }) => c.status === "closed");
    expect(decided).toBeDefined();
    expect(closed).toBeDefined();
    // Counted with the session cached: the first request of a session runs one more, the session lookup.
    expect({
      decidedComplaintById: await statements(officer, "GET", `/api/complaints/${decided.id}`),
      newComplaintById: await statements(officer, "GET", `/api/complaints/${fresh.id}`),
      complaintsFirstPage: await statements(officer, "GET", "/api/complaints?limit=20"),
      register: await statements(lobby, "POST", "/api/complaints", complaintBody()),
      closedIncidentById: await statements(officer, "GET", `/api/incidents/${closed.id}`),
      incidentsFirstPage: await statements(officer, "GET", "/api/incidents?limit=20"),
    }).toEqual({
      // The row with its extensions, pauses, notices and links as JSON arrays, and the categories and the
      // calendar when they changed since the last read (tables-cache.ts).
      decidedComplaintById: 1,
      newComplaintById: 1,
      // The subtree's units, the page, the categories.
      complaintsFirstPage: 3,
      // See bench/README.md, "Statements per request". PostgreSQL writes both rollup tables in one statement,
      // takes the reference number and sets it in one, and writes the audit entry and moves its head in one.
      register: engine === "postgres" ? 8 : 11,
      // The row with its tasks, roles and covered outlets as JSON arrays; the units above it with the outlet head.
      closedIncidentById: 2,
      incidentsFirstPage: 2,
    });
  });
});
