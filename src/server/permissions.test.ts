import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp } from "../../test/app.ts";
import { describeEachEngine } from "../../test/engines.ts";
import { type Action, can } from "../domain/auth/permissions.ts";
import type { Role } from "../domain/auth/roles.ts";
import { DEMO_USERS } from "./seed/demo.ts";

/** One demo account per role: the first listed, none of which works at OT04. */
const ACCOUNTS = DEMO_USERS.filter((u, i, all) => all.findIndex((other) => other.role === u.role) === i);

/**
 * Each endpoint family with a record inside the caller's subtree and one in another sub-branch (OT04).
 * The expected answer follows the rule: no permission → 403; permission but outside the subtree → 404.
 */
interface Family {
  action: Action;
  request: (ids: Targets) => { method: "GET" | "PATCH" | "POST"; url: string; body?: unknown };
}
interface Targets {
  unitId: number;
  userId: number;
  username: string;
  incidentId: number;
}

const FAMILIES: Family[] = [
  { action: "org.read", request: ({ unitId }) => ({ method: "GET", url: `/api/org-units/${unitId}` }) },
  {
    action: "org.manage",
    request: ({ unitId }) => ({
      method: "PATCH",
      url: `/api/org-units/${unitId}`,
      body: { dutyPhone: "010-1234 5678" },
    }),
  },
  { action: "users.read", request: ({ userId }) => ({ method: "GET", url: `/api/users/${userId}` }) },
  {
    action: "users.manage",
    request: ({ userId }) => ({
      method: "PATCH",
      url: `/api/users/${userId}`,
      body: { displayName: "同名" },
    }),
  },
  {
    action: "audit.read",
    request: ({ username }) => ({ method: "GET", url: `/api/audit?actor=${username}` }),
  },
];

describeEachEngine("permissions: every role × endpoint family × org scope", (engine) => {
  let t: TestApp;
  /** An incident in the OT01 subtree that every account below covers, and one at OT04 outside it. */
  const incidents = { own: 0, outside: 0 };
  beforeAll(async () => {
    t = await startTestApp(engine);
    const body = { category: "queue_machine_failure", summary: "叫号机故障" };
    incidents.own = (await (await t.as("lobby.ot01")).post("/api/incidents", body)).json().id;
    incidents.outside = (await (await t.as("lobby.ot04")).post("/api/incidents", body)).json().id;
  });
  afterAll(() => t.close());

  for (const account of ACCOUNTS) {
    it(`${account.role} (${account.username} at ${account.unit})`, async () => {
      const client = await t.as(account.username);
      const own: Targets = {
        unitId: await idOf(t, "unit", account.unit),
        userId: await idOf(t, "user", account.username),
        username: account.username,
        incidentId: incidents.own,
      };
      const outside: Targets = {
        unitId: await idOf(t, "unit", "OT04"),
        userId: await idOf(t, "user", "lobby.ot04"),
        username: "lobby.ot04",
        incidentId: incidents.outside,
      };
      // The head office's subtree is everything, so OT04 is inside it.
      const outsideIsInScope = account.unit === "HQ";
      for (const family of FAMILIES) {
        for (const [where, targets, inScope] of [
          ["own subtree", own, true],
          ["other sub-branch", outside, outsideIsInScope],
        ] as const) {
          const { method, url, body } = family.request(targets);
          const res = await client.request(method, url, body);
          const allowed = can(account.role as Role, family.action);
          // The audit list is a search, not a record: out of scope it is empty rather than 404.
          const expected = !allowed ? 403 : inScope || family.action === "audit.read" ? 200 : 404;
          expect(res.statusCode, `${family.action} on ${where}: ${res.body}`).toBe(expected);
          if (family.action === "audit.read" && allowed && !inScope) expect(res.json().items).toEqual([]);
        }
      }
    });
  }

  it("every request without a session answers 401", async () => {
    const anon = t.anonymous();
    const targets = { unitId: 1, userId: 1, username: "admin", incidentId: incidents.own };
    for (const family of FAMILIES) {
      const { method, url, body } = family.request(targets);
      expect((await anon.request(method, url, body)).statusCode, family.action).toBe(401);
    }
  });
});
