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
  complaintId: number;
  exceptionId: number;
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
  /** Records at OT01, which every account below covers, and at OT04 outside most of them. */
  const records = {
    own: { incident: 0, complaint: 0, exception: 0 },
    outside: { incident: 0, complaint: 0, exception: 0 },
  };
  beforeAll(async () => {
    t = await startTestApp(engine);
    for (const [where, username] of [
      ["own", "lobby.ot01"],
      ["outside", "lobby.ot04"],
    ] as const) {
      const lobby = await t.as(username);
      const post = async (url: string, body: unknown) => {
        const res = await lobby.post(url, body);
        if (res.statusCode !== 201) throw new Error(`${url}: ${res.body}`);
        return res.json().id as number;
      };
      records[where].incident = await post("/api/incidents", {
        category: "queue_machine_failure",
        summary: "叫号机故障",
      });
      records[where].complaint = await post("/api/complaints", {
        channel: "营业现场",
        receivedAt: new Date().toISOString(),
        summary: "排队时间过长",
        request: "要求道歉",
        complainant: { name: "王五" },
        businessCategory: "人民币储蓄",
        cause: "服务态度及服务质量",
      });
      records[where].exception = await post("/api/counter-exceptions", {
        type: "system_failure",
        description: "读卡器无响应",
      });
    }
  });
  afterAll(() => t.close());

  for (const account of ACCOUNTS) {
    it(`${account.role} (${account.username} at ${account.unit})`, async () => {
      const client = await t.as(account.username);
      const own: Targets = {
        unitId: await idOf(t, "unit", account.unit),
        userId: await idOf(t, "user", account.username),
        username: account.username,
        incidentId: records.own.incident,
        complaintId: records.own.complaint,
        exceptionId: records.own.exception,
      };
      const outside: Targets = {
        unitId: await idOf(t, "unit", "OT04"),
        userId: await idOf(t, "user", "lobby.ot04"),
        username: "lobby.ot04",
        incidentId: records.outside.incident,
        complaintId: records.outside.complaint,
        exceptionId: records.outside.exception,
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
    const targets = {
      unitId: 1,
      userId: 1,
      username: "admin",
      incidentId: records.own.incident,
      complaintId: records.own.complaint,
      exceptionId: records.own.exception,
    };
    for (const family of FAMILIES) {
      const { method, url, body } = family.request(targets);
      expect((await anon.request(method, url, body)).statusCode, family.action).toBe(401);
    }
  });
});
