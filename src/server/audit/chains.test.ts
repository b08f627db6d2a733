import { sql } from "kysely";
import { afterEach, beforeEach, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { type AuditInput, appendAudit, SYSTEM_ACTOR } from "./append.ts";
import { chainOf, GENESIS_HASH, ROOT_CHAIN } from "./chain.ts";
import { cliVerify, dropAppendOnlyGuard } from "./testing.ts";
import { verifyAuditChain } from "./verify.ts";

type Unit = { id: number; path: string };

const unitOf = (t: TestApp, code: string): Promise<Unit> =>
  t.db.selectFrom("org_units").select(["id", "path"]).where("code", "=", code).executeTakeFirstOrThrow();

const entry = (orgUnit: Unit, n: number): AuditInput => ({
  action: "org.update",
  entityType: "system",
  entityId: n,
  orgUnit,
  after: { n },
});

/** Writes one audit entry per call, each in its own transaction; returns their ids. */
async function write(t: TestApp, code: string, times = 1): Promise<number[]> {
  const unit = await unitOf(t, code);
  const ids: number[] = [];
  for (let n = 0; n < times; n++) {
    await t.db.transaction().execute((trx) => appendAudit(trx, SYSTEM_ACTOR, entry(unit, n)));
    const last = await t.db
      .selectFrom("audit_log")
      .select("id")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    ids.push(last.id);
  }
  return ids;
}

const rowOf = (t: TestApp, id: number) =>
  t.db.selectFrom("audit_log").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describeEachEngine("audit chains per branch", (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(engine);
  });
  afterEach(() => t.close());

  it("entries of two branches land in two chains, each linked from its own head, and verify passes", async () => {
    const [br01, br02] = [await unitOf(t, "BR01"), await unitOf(t, "BR02")];
    const east = await write(t, "OT01", 2);
    const west = await write(t, "OT07", 2);
    const rows = await Promise.all([...east, ...west].map((id) => rowOf(t, id)));
    expect(rows.map((r) => r.chain)).toEqual([br01.path, br01.path, br02.path, br02.path]);
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    expect(rows[3].prev_hash).toBe(rows[2].hash);
    const heads = await t.db.selectFrom("audit_heads").selectAll().execute();
    expect(heads).toEqual(
      expect.arrayContaining([
        { chain: br01.path, last_id: east[1], last_hash: rows[1].hash },
        { chain: br02.path, last_id: west[1], last_hash: rows[3].hash },
      ]),
    );
    const first = await t.db
      .selectFrom("audit_log")
      .select("prev_hash")
      .where("chain", "=", br02.path)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    expect(first.prev_hash).toBe(GENESIS_HASH);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, chains: 3 });
    expect(cliVerify(t)).toMatchObject({ code: 0, out: expect.stringContaining("in 3 chains") });
  });

  it("an entry altered in one branch's chain is named with its branch, and the other chains still verify", async () => {
    await write(t, "OT01", 2);
    const [target] = await write(t, "OT07", 2);
    await dropAppendOnlyGuard(t);
    await sql`UPDATE audit_log SET after_json = '{"n":42}' WHERE id = ${target}`.execute(t.db);
    const result = await verifyAuditChain(t.db);
    const br02 = await unitOf(t, "BR02");
    expect(result).toMatchObject({ ok: false, problems: [{ chain: br02.path, brokenAt: target }] });
    const cli = cliVerify(t);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`BROKEN at entry ${target}, in the chain of branch ${br02.path}`);
  });

  it("entries deleted from the end of one branch's chain are detected, though the log goes on", async () => {
    const east = await write(t, "OT01", 2);
    await write(t, "OT07", 1);
    await dropAppendOnlyGuard(t);
    await sql`DELETE FROM audit_log WHERE id = ${east[1]}`.execute(t.db);
    const br01 = await unitOf(t, "BR01");
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      problems: [
        { chain: br01.path, brokenAt: east[1], reason: expect.stringContaining("at the end were deleted") },
      ],
    });
  });

  it("a branch's whole chain renamed, head and all, no longer matches its entries' org path", async () => {
    await write(t, "OT07", 2);
    const br02 = await unitOf(t, "BR02");
    await dropAppendOnlyGuard(t);
    await sql`UPDATE audit_log SET chain = '/1/999/' WHERE chain = ${br02.path}`.execute(t.db);
    await sql`UPDATE audit_heads SET chain = '/1/999/' WHERE chain = ${br02.path}`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      chain: "/1/999/",
      reason: `the entry belongs to the chain of branch ${br02.path} but was moved here`,
    });
  });

  it("head-office entries and entries tied to no unit go to the root chain", async () => {
    const [hq] = await write(t, "HQ", 1);
    await t.db
      .transaction()
      .execute((trx) => appendAudit(trx, SYSTEM_ACTOR, { action: "system.seed_demo", entityType: "system" }));
    const rows = await t.db.selectFrom("audit_log").select("chain").where("id", ">=", hq).execute();
    expect(rows.map((r) => r.chain)).toEqual([ROOT_CHAIN, ROOT_CHAIN]);
    expect(chainOf((await rowOf(t, hq)).org_path)).toBe(ROOT_CHAIN);
  });
});
