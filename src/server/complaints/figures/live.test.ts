import { afterAll, beforeAll, expect, it } from "vitest";
import { seedTree } from "../../../../bench/seed/org.ts";
import { createTestDatabase, describeEachEngine, type TestDatabase } from "../../../../test/engines.ts";
import { complaintStats } from "../../../domain/complaints/stats.ts";
import { startsWith } from "../../db/starts-with.ts";
import { AuditChain } from "../../seed/audit-chain.ts";
import { Bulk, rng } from "../../seed/bulk.ts";
import { seedComplaints } from "../../seed/complaints.ts";
import type { Tree } from "../../seed/tree.ts";
import { loadCategories } from "../store.ts";
import { statsRowOf } from "../test-fixtures.ts";
import { aggregateStats } from "./live.ts";

const ZONE = "Asia/Shanghai";

describeEachEngine("complaint statistics counted by the database", (engine) => {
  let database: TestDatabase;
  let tree: Tree;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const bulk = new Bulk(database.db);
    tree = await seedTree(bulk, 12, new Date(Date.now() - 3 * 365 * 86_400_000).toISOString());
    const count = 3000;
    await seedComplaints(bulk, tree, new AuditChain(bulk), rng(11), {
      count,
      nowMs: Date.now(),
      years: 3,
    });
    await bulk.flush();
  }, 60_000);
  afterAll(() => database?.drop());

  it("give the same figures as the domain's rules over the same rows, for the bank and for one branch", async () => {
    const db = database.db;
    const cats = await loadCategories(db);
    const now = new Date();
    for (const scope of [tree.hq.path, tree.branches[0].path]) {
      const base = db
        .selectFrom("complaints")
        .innerJoin("org_units", "org_units.id", "complaints.org_unit_id")
        .where(startsWith("org_units.path", scope))
        .where("complaints.kind", "=", "complaint");
      const rows = await base.selectAll("complaints").select("org_units.name as org_name").execute();
      const expected = complaintStats(rows.map(statsRowOf), cats, now, ZONE);
      expect(expected.total).toBeGreaterThan(100);
      expect(await aggregateStats(db, base, cats, now, ZONE)).toEqual(expected);
    }
  });
});
