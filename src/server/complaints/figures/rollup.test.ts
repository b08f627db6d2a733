import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../../test/app.ts";
import { describeEachEngine } from "../../../../test/engines.ts";
import { monthStart } from "../../../domain/complaints/figures.ts";
import { complaintStats } from "../../../domain/complaints/stats.ts";
import type { Caller } from "../../auth/session-user.ts";
import { startsWith } from "../../db/starts-with.ts";
import { loadCategories } from "../store.ts";
import { complaintBody, statsRowOf } from "../test-fixtures.ts";
import { liveStatsFor } from "./dashboard.ts";
import { rebuildFigures } from "./rebuild.ts";
import { rollupStats } from "./store.ts";

const DAY = 86_400_000;

describeEachEngine("complaints: statistics from the rollup the commands keep", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  const paths: Record<string, string> = {};
  const tz = () => t.deps.config.timeZone;
  const ago = (days: number) => new Date(t.clock.now().getTime() - days * DAY).toISOString();
  const month = (monthsAgo: number) => {
    const d = new Date(t.clock.now());
    const local = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsAgo, 15));
    return monthStart(local.toISOString().slice(0, 7), tz()).toISOString();
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    for (const code of ["HQ", "BR01", "BR02", "SB01", "SB02", "OT01", "OT07"]) {
      const u = await t.db
        .selectFrom("org_units")
        .select("path")
        .where("code", "=", code)
        .executeTakeFirstOrThrow();
      paths[code] = u.path;
    }
    // An officer in the other branch, to register a repeat complainant there.
    const model = await t.db
      .selectFrom("users")
      .selectAll()
      .where("username", "=", "officer.sb01")
      .executeTakeFirstOrThrow();
    const { id: _, ...user } = model;
    await t.db
      .insertInto("users")
      .values({ ...user, username: "officer.sb03", org_unit_id: await idOf(t, "unit", "SB03") })
      .execute();
    officer = await t.as("officer.sb01");
    const lobby = await t.as("lobby.ot01");
    const register = async (over: Record<string, unknown>, by = lobby) => {
      const res = await by.post("/api/complaints", complaintBody(over));
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as number;
    };
    const act = async (id: number, path: string, body: unknown, by = officer) => {
      const res = await by.post(`/api/complaints/${id}/${path}`, body);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const decision = { findings: "属实", basis: "合同", outcome: "upheld" };
    const onTime = await register({ receivedAt: ago(1), grade: "major" });
    await act(onTime, "decision", decision);
    await act(onTime, "close", { rootCause: "流程", rectification: "培训", satisfaction: "satisfied" });
    const late = await register(
      { receivedAt: ago(62), channel: "网上银行", orgUnitId: await idOf(t, "unit", "OT02") },
      officer,
    );
    await act(late, "decision", decision);
    const withdrawn = await register({ receivedAt: ago(2) });
    await act(withdrawn, "withdraw", { reason: "已协商" });
    const person = { name: "李四", phone: "13900001111" };
    const kept = await register({ complainant: person, cause: "定价收费" });
    const repeat = await register({ complainant: person, cause: "定价收费" });
    await act(repeat, "merge", { intoId: kept });
    await register({ receivedAt: ago(40), orgUnitId: await idOf(t, "unit", "OT03") }, officer);
    await t.deps.scheduler.tick(t.clock.now()); // flags the one 40 days old
    const extended = await register({});
    const ext = (await act(extended, "extensions", { reason: "情况复杂", level: 1 })).extensions[0];
    await act(extended, `extensions/${ext.id}/approve`, {}, await t.as("manager.sb01"));
    await act(await register({}), "restart", { reason: "补充了新的事实" });
    const traveller = { name: "王五", phone: "13700002222" };
    await register({ complainant: traveller });
    await register(
      { complainant: traveller, orgUnitId: await idOf(t, "unit", "OT07") },
      await t.as("officer.sb03"),
    );
    // Past due and not flagged yet: breached only by the live part of the read.
    await register({ receivedAt: ago(35), orgUnitId: await idOf(t, "unit", "OT02") }, officer);
  });
  afterAll(() => t.close());

  const callerAt = (path: string) =>
    ({ scopePath: path, locale: "zh", user: {}, actor: {} }) as unknown as Caller;
  type Filter = { orgUnitId?: number; receivedFrom?: string; receivedTo?: string };

  /** The rollup's answer beside the live SQL's and the domain's over the same complaints. */
  async function threeWays(path: string, f: Filter) {
    const cats = await loadCategories(t.db);
    const live = await liveStatsFor(t.deps, callerAt(path), f);
    const rollup = await rollupStats(
      t.db,
      { path, ...f, now: t.clock.now(), timeZone: tz() },
      cats,
      async () => live.repeatComplainants,
    );
    let q = t.db
      .selectFrom("complaints")
      .innerJoin("org_units", "org_units.id", "complaints.org_unit_id")
      .where(startsWith("org_units.path", path))
      .where("complaints.kind", "=", "complaint");
    if (f.receivedFrom) q = q.where("complaints.received_at", ">=", f.receivedFrom);
    if (f.receivedTo) q = q.where("complaints.received_at", "<", f.receivedTo);
    const rows = await q.selectAll("complaints").select("org_units.name as org_name").execute();
    const domain = complaintStats(rows.map(statsRowOf), cats, t.clock.now(), tz());
    return { rollup, live, domain };
  }

  it("gives the live figures at the head office, a branch, a sub-branch and an outlet, with and without a whole-month period", async () => {
    const hq = await threeWays(paths.HQ, {});
    expect(hq.rollup).toMatchObject({ total: 11, decided: 2, breached: 3, repeatComplainants: 3 });
    for (const path of [paths.HQ, paths.BR01, paths.BR02, paths.SB01, paths.OT01]) {
      for (const f of [{}, { receivedFrom: month(2), receivedTo: month(0) }, { receivedFrom: month(1) }]) {
        const { rollup, live, domain } = await threeWays(path, f);
        expect(rollup, `${path} ${JSON.stringify(f)}`).toEqual(live);
        expect(live).toEqual(domain);
      }
    }
    // A repeat at the bank, but one complaint in each branch.
    expect((await threeWays(paths.BR02, {})).rollup?.repeatComplainants).toBe(0);
  });

  it("answers a unit chosen inside the scope from its rows, and a period that cuts a month live", async () => {
    const sb01 = await idOf(t, "unit", "SB01");
    const { rollup, live } = await threeWays(paths.SB01, {});
    const { statsFor } = await import("./dashboard.ts");
    const strip = (s: typeof live) => ({ ...s, byGrade: s.byGrade.map(({ label: _, ...b }) => b) });
    const hq = callerAt(paths.HQ);
    expect(strip(await statsFor(t.deps, hq, { orgUnitId: sb01 }))).toEqual(strip(rollup ?? live));
    const cut = { receivedFrom: ago(45), receivedTo: ago(0.5) };
    expect(
      await rollupStats(
        t.db,
        { path: paths.HQ, ...cut, now: t.clock.now(), timeZone: tz() },
        [],
        async () => 0,
      ),
    ).toBeNull();
    expect(strip(await statsFor(t.deps, hq, cut))).toEqual(strip(await liveStatsFor(t.deps, hq, cut)));
  });

  it("moves the figures with the command: a decision counts at once", async () => {
    const open = await t.db
      .selectFrom("complaints")
      .select("id")
      .where("status", "=", "open")
      .where("breached_at", "is", null)
      .where("org_unit_id", "=", await idOf(t, "unit", "OT01"))
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const before = (await threeWays(paths.SB01, {})).rollup;
    await officer.post(`/api/complaints/${open.id}/decision`, {
      findings: "属实",
      basis: "合同",
      outcome: "upheld",
    });
    const after = await threeWays(paths.SB01, {});
    expect(after.rollup?.decided).toBe((before?.decided ?? 0) + 1);
    expect(after.rollup).toEqual(after.live);
  });

  it("a rebuild from the complaints gives the rows the commands kept", async () => {
    const snapshot = async () => ({
      figures: await t.db
        .selectFrom("complaint_figures")
        .selectAll()
        .orderBy("unit_id")
        .orderBy("month")
        .orderBy("axis")
        .orderBy("code")
        .execute(),
      counts: await t.db
        .selectFrom("complainant_counts")
        .selectAll()
        .where("n", ">", 0)
        .orderBy("unit_id")
        .orderBy("complainant_key")
        .execute(),
    });
    const kept = await snapshot();
    expect(kept.figures.length).toBeGreaterThan(20);
    await rebuildFigures(t.db, tz());
    expect(await snapshot()).toEqual(kept);
  });

  it("moving an outlet to another sub-branch moves its figures up the tree", async () => {
    const admin = await t.as("admin");
    const res = await admin.patch(`/api/org-units/${await idOf(t, "unit", "OT01")}`, {
      parentId: await idOf(t, "unit", "SB03"),
    });
    expect(res.statusCode, res.body).toBe(200);
    for (const code of ["HQ", "BR01", "BR02", "SB01", "SB02"]) {
      const path =
        code === "HQ"
          ? paths.HQ
          : (
              await t.db
                .selectFrom("org_units")
                .select("path")
                .where("code", "=", code)
                .executeTakeFirstOrThrow()
            ).path;
      const { rollup, live } = await threeWays(path, {});
      expect(rollup, code).toEqual(live);
    }
    const sb03 = await t.db
      .selectFrom("org_units")
      .select("path")
      .where("code", "=", "SB03")
      .executeTakeFirstOrThrow();
    const { rollup, live } = await threeWays(sb03.path, {});
    expect(rollup).toEqual(live);
    expect(live.total).toBeGreaterThan(1);
  });
});
