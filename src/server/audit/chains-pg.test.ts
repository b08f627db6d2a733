import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/engines.ts";
import { appendAudit, SYSTEM_ACTOR } from "./append.ts";
import { verifyAuditChain } from "./verify.ts";

/**
 * A transaction that appends one entry and then stays open until released, as a slow command would: its
 * chain's head row stays locked meanwhile.
 */
function openWriter(t: TestDatabase, path: string) {
  let release = () => {};
  const released = new Promise<void>((r) => {
    release = r;
  });
  let appended = false;
  const done = t.db.transaction().execute(async (trx) => {
    await appendAudit(trx, SYSTEM_ACTOR, {
      action: "org.update",
      entityType: "system",
      orgUnit: { id: 0, path },
    });
    appended = true;
    await released;
  });
  /** Whether the append got through within `ms`: polled, so a blocked writer fails the test instead of hanging it. */
  const appendsWithin = async (ms: number) => {
    for (const end = Date.now() + ms; !appended && Date.now() < end; ) await sleep(20);
    return appended;
  };
  return { release, done, appendsWithin };
}

const lastTwo = (t: TestDatabase) =>
  t.db.selectFrom("audit_log").selectAll().orderBy("id", "desc").limit(2).execute();

describe.skipIf(!inject("postgresUrl"))("audit chain locking [postgres]", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("postgres");
  });
  afterAll(() => t.drop());

  it("a writer in one branch does not wait for an open transaction in another branch", async () => {
    const east = openWriter(t, "/1/2/5/9/");
    expect(await east.appendsWithin(5000)).toBe(true);
    const west = openWriter(t, "/1/3/7/");
    try {
      expect(await west.appendsWithin(5000)).toBe(true);
    } finally {
      east.release();
      west.release();
      await Promise.all([east.done, west.done]);
    }
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, chains: 2 });
  });

  for (const [what, path] of [
    ["in a branch's existing chain", "/1/2/6/"],
    ["starting a branch's chain", "/1/4/"],
  ] as const) {
    it(`two writers in one branch take turns and link up, ${what}`, async () => {
      const first = openWriter(t, path);
      expect(await first.appendsWithin(5000)).toBe(true);
      const second = openWriter(t, path);
      try {
        expect(await second.appendsWithin(300)).toBe(false);
        first.release();
        await first.done;
        expect(await second.appendsWithin(5000)).toBe(true);
      } finally {
        first.release();
        second.release();
        await Promise.all([first.done, second.done]);
      }
      const [later, earlier] = await lastTwo(t);
      expect(later.chain).toBe(earlier.chain);
      expect(later.prev_hash).toBe(earlier.hash);
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    });
  }
});
