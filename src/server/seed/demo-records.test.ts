import { crc32, inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { createTestDatabase, describeEachEngine } from "../../../test/engines.ts";
import { verifyAuditChain } from "../audit/verify.ts";
import { loadConfig } from "../config.ts";
import { residentId } from "./complaints.ts";
import { seedDemoData } from "./demo.ts";

/**
 * How many pixels a PNG holds, read the way a viewer reads it: every chunk's CRC checked and the image data
 * inflated to exactly one filter byte and three bytes a pixel per row (throws on anything less than a real PNG).
 */
function decodedPixels(png: Buffer): number {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), type).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    if (type === "IHDR") [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  expect(inflateSync(Buffer.concat(idat)).length).toBe((width * 3 + 1) * height);
  return width * height;
}

/** Up to `per` ids of each value of `column`, so that every state of a record is read at least once. */
async function sampleIds(t: TestApp, table: "complaints" | "incidents" | "counter_exceptions", per = 4) {
  const rows = await t.db.selectFrom(table).select(["id", "status"]).orderBy("id").execute();
  const byStatus = new Map<string, number[]>();
  for (const r of rows) {
    const ids = byStatus.get(r.status) ?? [];
    if (ids.length < per) ids.push(r.id);
    byStatus.set(r.status, ids);
  }
  return byStatus;
}

describeEachEngine("demo sample records", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let seedSeconds = 0;
  beforeAll(async () => {
    const started = Date.now();
    t = await startTestApp(engine, { sampleRecords: true });
    seedSeconds = (Date.now() - started) / 1000;
    admin = await t.as("admin");
  });
  afterAll(() => t.close());

  it("seeds within a few seconds, and the audit chain stays intact", async () => {
    console.log(`demo seeded on ${engine} in ${seedSeconds.toFixed(1)} s`);
    expect(seedSeconds).toBeLessThan(10);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("reads every sampled complaint, in every state, through its detail page", async () => {
    const byStatus = await sampleIds(t, "complaints");
    expect([...byStatus.keys()].sort()).toEqual(["closed", "decided", "merged", "open", "withdrawn"]);
    for (const [status, ids] of byStatus)
      for (const id of ids) {
        const res = await admin.get(`/api/complaints/${id}`);
        expect(res.statusCode, `${status} complaint ${id}: ${res.body}`).toBe(200);
        if (status === "closed") expect(res.json().closing.rootCause).toBeTruthy();
        if (status === "closed" || status === "decided") expect(res.json().decision.findings).toBeTruthy();
      }
  });

  it("reads incidents with their timeline and reports, closed ones with their review", async () => {
    const byStatus = await sampleIds(t, "incidents");
    expect(byStatus.has("closed")).toBe(true);
    expect(byStatus.size).toBeGreaterThan(1);
    let reports = 0;
    for (const [status, ids] of byStatus)
      for (const id of ids) {
        const res = await admin.get(`/api/incidents/${id}`);
        expect(res.statusCode, `${status} incident ${id}: ${res.body}`).toBe(200);
        if (status === "closed") expect(res.json().review.cause).toBeTruthy();
        expect((await admin.get(`/api/incidents/${id}/timeline`)).statusCode).toBe(200);
        const sent = await admin.get(`/api/incidents/${id}/reports`);
        expect(sent.statusCode, sent.body).toBe(200);
        reports += JSON.stringify(sent.json()).includes("final") ? 1 : 0;
      }
    expect(reports).toBeGreaterThan(0);
  });

  it("reads counter exceptions in every state", async () => {
    const byStatus = await sampleIds(t, "counter_exceptions");
    expect(byStatus.has("closed") && byStatus.has("rejected")).toBe(true);
    for (const [status, ids] of byStatus)
      for (const id of ids) {
        const res = await admin.get(`/api/counter-exceptions/${id}`);
        expect(res.statusCode, `${status} exception ${id}: ${res.body}`).toBe(200);
      }
  });

  it("offers published cases, found by search and as similar cases", async () => {
    const list = await admin.get("/api/cases");
    expect(list.statusCode).toBe(200);
    const cases = list.json().items as { id: number }[];
    expect(cases.length).toBeGreaterThan(3);
    for (const c of cases) expect((await admin.get(`/api/cases/${c.id}`)).statusCode).toBe(200);
    const found = await admin.get(`/api/cases?q=${encodeURIComponent("挤兑")}`);
    expect(found.json().items.length).toBeGreaterThan(0);
  });

  it("shows materials approved, rejected and waiting, each readable", async () => {
    const officer = await t.as("officer.sb01");
    const list = await officer.get("/api/materials");
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as { id: number; status: string }[];
    expect(new Set(items.map((m) => m.status))).toEqual(new Set(["approved", "rejected", "pending_review"]));
    for (const m of items) expect((await officer.get(`/api/materials/${m.id}`)).statusCode).toBe(200);
    // As a reviewer could have left them: nothing approved with an error, the rejected one caught by the check.
    const versions = await t.db.selectFrom("material_versions").select(["status", "error_count"]).execute();
    for (const v of versions) expect(v.status === "approved" ? v.error_count : 0).toBe(0);
    expect(versions.find((v) => v.status === "rejected")?.error_count).toBeGreaterThan(0);
  });

  it("fills the lists and the statistics", async () => {
    for (const url of ["/api/complaints", "/api/incidents", "/api/counter-exceptions", "/api/audit"]) {
      const res = await admin.get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      expect(res.json().items.length, url).toBeGreaterThan(0);
    }
    const stats = (await admin.get("/api/complaints/stats")).json();
    expect(stats.total).toBeGreaterThan(100);
    expect(stats.byMonth.length).toBeGreaterThanOrEqual(3);
    expect(stats.byOutlet.length).toBeGreaterThan(3);
    const from = new Date(t.clock.now().getTime() - 90 * 86_400_000).toISOString();
    const figures = await admin.get(`/api/incidents/figures?from=${from}&to=${t.clock.now().toISOString()}`);
    expect(figures.statusCode, figures.body).toBe(200);
    expect(JSON.stringify(figures.json())).toMatch(/[1-9]/);
    const exceptions = await admin.get("/api/counter-exceptions/stats");
    expect(exceptions.statusCode, exceptions.body).toBe(200);
    for (const url of ["/api/complaints/export.csv", "/api/counter-exceptions/export.xlsx"]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.rawPayload.length, url).toBeGreaterThan(2000);
    }
  });

  it("fills consumer-protection management: training, a graded quiz, inspections, a plan, a self-evaluation", async () => {
    const officer = await t.as("officer.sb01");
    const sessions = (await officer.get("/api/training/sessions")).json().items;
    expect(sessions.length).toBeGreaterThanOrEqual(5);
    const latest = (await officer.get(`/api/training/sessions/${sessions[0].id}`)).json();
    expect(latest.attendees.length).toBeGreaterThan(0);
    expect(latest.quizIds).toHaveLength(1);
    const results = (await officer.get(`/api/training/quizzes/${latest.quizIds[0]}/results`)).json();
    expect(results.results.filter((p: { score: number | null }) => p.score !== null)).toHaveLength(
      latest.attendees.length,
    );
    expect(results.averageScore).toBeGreaterThan(0);
    const teller = (
      await t.db
        .selectFrom("users")
        .select("id")
        .where("username", "=", "teller.ot01")
        .executeTakeFirstOrThrow()
    ).id;
    const record = (await officer.get(`/api/training/records/${teller}`)).json();
    expect(record.hours).toBeGreaterThan(0);
    // The sample drills under control are evaluated, as the drill calendar shows them.
    const drills = await t.db
      .selectFrom("incidents")
      .leftJoin("drill_evaluations", "drill_evaluations.incident_id", "incidents.id")
      .select(["incidents.stabilised_at", "drill_evaluations.score"])
      .where("incidents.drill", "=", 1)
      .execute();
    expect(drills.length).toBeGreaterThan(0);
    for (const d of drills) expect(d.score === null, JSON.stringify(d)).toBe(d.stabilised_at === null);

    const inspections = (await officer.get("/api/inspections")).json().items as {
      id: number;
      status: string;
    }[];
    expect(new Set(inspections.map((i) => i.status))).toEqual(new Set(["closed", "rectifying"]));
    for (const i of inspections) {
      const detail = (await officer.get(`/api/inspections/${i.id}`)).json();
      expect(detail.results.filter((r: { outcome: string }) => r.outcome === "fail")).toHaveLength(1);
    }
    const rectifications = (await officer.get("/api/inspections/rectifications")).json().items;
    expect(rectifications.length).toBeGreaterThan(0);

    const head = await t.as("head.ot01");
    const plans = (await head.get("/api/campaigns/plans")).json().items;
    expect(plans[0]).toMatchObject({ status: "approved" });
    expect((await head.get("/api/campaigns/activities")).json().items.length).toBeGreaterThanOrEqual(4);
    const progress = await (await t.as("manager.sb01")).get(`/api/campaigns/progress?year=${plans[0].year}`);
    expect(progress.statusCode, progress.body).toBe(200);

    const branch = await t.as("manager.br01");
    const evaluations = (await branch.get("/api/self-evaluations")).json().items;
    expect(evaluations[0]).toMatchObject({ status: "draft" });
    const ev = (await branch.get(`/api/self-evaluations/${evaluations[0].id}`)).json();
    expect(ev.draftScore).toBeGreaterThan(0);
    expect(ev.evidence.training.sessions).toBeGreaterThanOrEqual(5);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("serves the seeded inspection and activity photos as real images", async () => {
    const officer = await t.as("officer.sb01");
    const urls: string[] = [];
    for (const i of (await officer.get("/api/inspections")).json().items as { id: number }[]) {
      const detail = (await officer.get(`/api/inspections/${i.id}`)).json();
      const failed = detail.results.find((r: { outcome: string }) => r.outcome === "fail");
      expect(failed.photos.length, `inspection ${i.id}`).toBeGreaterThan(0);
      const evidence = detail.rectifications.flatMap((r: { photos: { id: number }[] }) => r.photos);
      for (const p of [...failed.photos, ...evidence]) urls.push(`/api/inspections/${i.id}/photos/${p.id}`);
    }
    const head = await t.as("head.ot01");
    const activities = (await head.get("/api/campaigns/activities")).json().items as {
      id: number;
      photos: { id: number }[];
    }[];
    expect(activities.filter((a) => a.photos.length > 0).length).toBeGreaterThanOrEqual(2);
    for (const a of activities)
      for (const p of a.photos) urls.push(`/api/campaigns/activities/${a.id}/photos/${p.id}`);
    expect(urls.length).toBeGreaterThanOrEqual(7);
    for (const url of urls) {
      const res = await (url.startsWith("/api/campaigns") ? head : officer).get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-type"], url).toMatch(/^image\//);
      expect(decodedPixels(res.rawPayload), url).toBe(240 * 160);
    }
    const audited = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "in", [
        "inspections.photo_add",
        "rectifications.evidence_add",
        "campaigns.activity_photo_add",
      ])
      .execute();
    expect(audited).toHaveLength(urls.length);
  });

  it("has last year's self-evaluation signed off by a second person, shown beside this year's", async () => {
    const branch = await t.as("manager.br01");
    const [current, last] = (await branch.get("/api/self-evaluations")).json().items;
    expect(last).toMatchObject({ year: current.year - 1, status: "signed_off" });
    expect(last.signedOffBy.id).not.toBe(last.preparedBy.id);
    expect(last.signedOffBy.displayName).toBe("分行副行长 钱明");
    const ev = (await branch.get(`/api/self-evaluations/${current.id}`)).json();
    expect(ev.lastYear).toMatchObject({ id: last.id, status: "signed_off" });
    expect(ev.lastYear.draftScore).toBeGreaterThan(60);
    expect(ev.items.every((i: { lastYearScore: number | null }) => i.lastYearScore !== null)).toBe(true);
    // This year's draft is the officer's, so the manager may sign it off once it is complete.
    expect(ev.allowedActions).toContain("sign_off");
  });

  it("links the playbook the drill followed to the drill review, in its version", async () => {
    const officer = await t.as("officer.sb01");
    const sessions = (await officer.get("/api/training/sessions?kind=drill_review")).json().items;
    const review = (await officer.get(`/api/training/sessions/${sessions[0].id}`)).json();
    expect(review.materials).toEqual([
      expect.objectContaining({ kind: "playbook", title: "客户突发疾病或意外受伤", versionNo: 1 }),
    ]);
    const read = await officer.get(
      `/api/training/sessions/${review.id}/playbooks/${review.materials[0].versionId}`,
    );
    expect(read.statusCode, read.body).toBe(200);
  });

  it("lets a front-line user see the records of their own outlet", async () => {
    const lobby = await t.as("lobby.ot01");
    expect((await lobby.get("/api/complaints")).json().items.length).toBeGreaterThan(0);
    expect((await lobby.get("/api/incidents")).json().items.length).toBeGreaterThan(0);
  });
});

describe("DEMO_DATA=minimal", () => {
  it("is read from the environment, and seeds the tree and users without records", async () => {
    expect(loadConfig({ DEMO_DATA: "minimal" }).demoData).toBe("minimal");
    expect(loadConfig({}).demoData).toBe("full");
    expect(loadConfig({ DEMO_DATA: "false" }).demoData).toBe("off");
    expect(() => loadConfig({ DEMO_DATA: "some" })).toThrow(/DEMO_DATA/);
    const database = await createTestDatabase("sqlite");
    try {
      await seedDemoData(database.db);
      const users = await database.db.selectFrom("users").select("id").execute();
      const complaints = await database.db.selectFrom("complaints").select("id").execute();
      expect(users.length).toBeGreaterThan(5);
      expect(complaints).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});

describe("sample complainants", () => {
  it("have resident ID numbers with a valid date of birth and check digit", () => {
    // 11010519491231002X is the standard's own example of the check digit X.
    const check = (id: string) => {
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
      return "10X98765432"[sum % 11] === id[17];
    };
    expect(check("11010519491231002X")).toBe(true);
    for (const person of [0, 1, 17, 999, 12_345, 80_000]) {
      const id = residentId(person);
      expect(id).toMatch(/^110101(19[5-9]\d|20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dX]$/);
      expect(check(id), id).toBe(true);
    }
  });
});
