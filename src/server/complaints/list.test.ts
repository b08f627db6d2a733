import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { complaintBody } from "./test-fixtures.ts";

describeEachEngine("complaints: a sub-branch's list across its outlets", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  const registered: { id: number; outlet: string; withdrawn: boolean; channel: string }[] = [];
  // 营业现场, and two channels under 电子渠道 (0103): a filter by 0103 merges one walk per code and outlet.
  const CHANNELS = ["0101", "010301", "010303"];

  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    // Interleaved over SB01's three outlets, so that a page must merge the outlets' newest rows.
    const outlets = ["OT01", "OT02", "OT03", "OT02", "OT02", "OT01", "OT03", "OT03", "OT01", "OT02"];
    for (const [i, outlet] of outlets.entries()) {
      const channel = CHANNELS[i % CHANNELS.length];
      const body = complaintBody({
        channel,
        orgUnitId: await idOf(t, "unit", outlet),
        complainant: { name: `客户${i}`, phone: `1370000${String(i).padStart(4, "0")}` },
      });
      const { id } = (await officer.post("/api/complaints", body)).json();
      const withdrawn = i % 3 === 0;
      if (withdrawn) await officer.post(`/api/complaints/${id}/withdraw`, { reason: "客户撤回" });
      registered.push({ id, outlet, withdrawn, channel });
    }
  });
  afterAll(() => t.close());

  async function pages(query: string, limit: number) {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await officer.get(
        `/api/complaints?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.items.length).toBeLessThanOrEqual(limit);
      seen.push(...body.items.map((c: { id: number }) => c.id));
      cursor = body.nextCursor;
    } while (cursor);
    return seen;
  }

  it("pages through every outlet's complaints newest first, none twice, none left out", async () => {
    const newestFirst = registered.map((c) => c.id).sort((a, b) => b - a);
    expect(await pages("", 3)).toEqual(newestFirst);
  });

  it("applies the filters inside each outlet before merging", async () => {
    const open = registered
      .filter((c) => !c.withdrawn)
      .map((c) => c.id)
      .sort((a, b) => b - a);
    expect(await pages("&status=open", 2)).toEqual(open);
    const ot02 = await idOf(t, "unit", "OT02");
    const ot02Withdrawn = registered
      .filter((c) => c.outlet === "OT02" && c.withdrawn)
      .map((c) => c.id)
      .sort((a, b) => b - a);
    expect(await pages(`&status=withdrawn&orgUnitId=${ot02}`, 1)).toEqual(ot02Withdrawn);
  });

  it("filters by a channel and everything under it, across outlets and codes, newest first", async () => {
    const under = (prefix: string) =>
      registered
        .filter((c) => c.channel.startsWith(prefix))
        .map((c) => c.id)
        .sort((a, b) => b - a);
    expect(await pages("&channel=0103", 2)).toEqual(under("0103"));
    expect(await pages("&channel=010301", 1)).toEqual(under("010301"));
    expect(await pages("&channel=01", 4)).toEqual(under("01"));
    expect(await pages("&channel=0104", 2)).toEqual([]);
    const openUnder0103 = registered
      .filter((c) => c.channel.startsWith("0103") && !c.withdrawn)
      .map((c) => c.id)
      .sort((a, b) => b - a);
    expect(await pages("&channel=0103&status=open", 1)).toEqual(openUnder0103);
  });
});

describeEachEngine("complaints: the breached filter", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  const ids: Record<"flagged" | "lagging" | "onTime", number> = { flagged: 0, lagging: 0, onTime: 0 };

  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    const register = async (outlet: string, receivedAt: Date) =>
      (
        await officer.post(
          "/api/complaints",
          complaintBody({ orgUnitId: await idOf(t, "unit", outlet), receivedAt: receivedAt.toISOString() }),
        )
      ).json().id as number;
    ids.flagged = await register("OT01", t.clock.now());
    t.clock.advanceMinutes(20 * 24 * 60);
    await t.deps.scheduler.tick(t.clock.now());
    officer = await t.as("officer.sb01");
    // Received 20 days ago and past its deadline, but the breach job has not run since.
    ids.lagging = await register("OT02", new Date(t.clock.now().getTime() - 20 * 86_400_000));
    ids.onTime = await register("OT03", t.clock.now());
  });
  afterAll(() => t.close());

  const listed = async (who: TestClient, query: string) =>
    (await who.get(`/api/complaints?limit=10&${query}`)).json().items.map((c: { id: number }) => c.id);

  it("lists the complaints the breach job flagged and those past due it has not reached yet, newest first", async () => {
    expect(await listed(officer, "breached=true")).toEqual([ids.lagging, ids.flagged]);
    expect(await listed(officer, "breached=false")).toEqual([ids.onTime]);
    const branch = await t.as("manager.br01");
    expect(await listed(branch, "breached=true")).toEqual([ids.lagging, ids.flagged]);
    expect(await listed(branch, "breached=true&status=open")).toEqual([ids.lagging, ids.flagged]);
  });
});

describeEachEngine("complaints: a list from a date", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  const DAY = 86_400_000;
  const ids: Record<"early" | "backdated" | "today", number> = { early: 0, backdated: 0, today: 0 };
  const ago = (days: number) => new Date(t.clock.now().getTime() - days * DAY).toISOString();

  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    const register = async (receivedAt: string, channel = "营业现场") =>
      (await officer.post("/api/complaints", complaintBody({ receivedAt, channel }))).json().id as number;
    ids.early = await register(ago(0));
    t.clock.advanceMinutes(30 * 24 * 60);
    officer = await t.as("officer.sb01");
    // Registered after the early one but received later than it: ids and receipt disagree.
    ids.backdated = await register(ago(25), "010301");
    ids.today = await register(ago(0));
  });
  afterAll(() => t.close());

  const listed = async (query: string, limit = 10) => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await officer.get(
        `/api/complaints?limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items.map((c: { id: number }) => c.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    return seen;
  };
  const from = (days: number) => `receivedFrom=${encodeURIComponent(ago(days))}`;

  it("lists the complaints received since the date, whenever they were registered, page by page", async () => {
    expect(await listed(from(31), 1)).toEqual([ids.today, ids.backdated, ids.early]);
    expect(await listed(from(27), 1)).toEqual([ids.today, ids.backdated]);
    expect(await listed(from(10))).toEqual([ids.today]);
    expect(await listed(`${from(27)}&channel=0103`)).toEqual([ids.backdated]);
    expect(
      await listed(
        `receivedFrom=${encodeURIComponent(new Date(t.clock.now().getTime() + DAY).toISOString())}`,
      ),
    ).toEqual([]);
  });

  it("finds a complaint whose id is smaller than any other received that day, however it was written", async () => {
    // As two registrations committing out of order on PostgreSQL leave them: a smaller id, written later.
    const row = await t.db
      .selectFrom("complaints")
      .selectAll()
      .where("id", "=", ids.backdated)
      .executeTakeFirstOrThrow();
    const receivedAt = new Date(Date.parse(row.received_at) + 60_000).toISOString();
    await t.db
      .insertInto("complaints")
      .values({ ...row, id: -7, ref: `${row.ref}-X`, received_at: receivedAt, clock_started_at: receivedAt })
      .execute();
    expect(await listed(from(27))).toEqual([ids.today, ids.backdated, -7]);
  });
});
