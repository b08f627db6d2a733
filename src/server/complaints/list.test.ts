import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { complaintBody } from "./test-fixtures.ts";

describeEachEngine("complaints: a sub-branch's list across its outlets", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  const registered: { id: number; outlet: string; withdrawn: boolean }[] = [];

  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    // Interleaved over SB01's three outlets, so that a page must merge the outlets' newest rows.
    const outlets = ["OT01", "OT02", "OT03", "OT02", "OT02", "OT01", "OT03", "OT03", "OT01", "OT02"];
    for (const [i, outlet] of outlets.entries()) {
      const body = complaintBody({
        orgUnitId: await idOf(t, "unit", outlet),
        complainant: { name: `客户${i}`, phone: `1370000${String(i).padStart(4, "0")}` },
      });
      const { id } = (await officer.post("/api/complaints", body)).json();
      const withdrawn = i % 3 === 0;
      if (withdrawn) await officer.post(`/api/complaints/${id}/withdraw`, { reason: "客户撤回" });
      registered.push({ id, outlet, withdrawn });
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
});
