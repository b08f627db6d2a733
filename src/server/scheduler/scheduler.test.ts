import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { cancelDue, replaceDue, Scheduler, scheduleDue } from "./scheduler.ts";

describeEachEngine("deadline scheduler", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const at = (iso: string) => new Date(iso);

  it("fires an item once its time has come, and only once", async () => {
    const fired: number[] = [];
    const s = new Scheduler(t.db, (err) => {
      throw err;
    });
    s.handle("test.ping", async (_trx, item) => {
      fired.push(item.subjectId);
    });
    await t.db.transaction().execute((trx) => scheduleDue(trx, "test.ping", 7, "2026-01-01T10:00:00.000Z"));
    expect(await s.tick(at("2026-01-01T09:59:59Z"))).toBe(0);
    expect(await s.tick(at("2026-01-01T10:00:00Z"))).toBe(1);
    expect(await s.tick(at("2026-01-01T11:00:00Z"))).toBe(0);
    expect(fired).toEqual([7]);
  });

  it("a cancelled item never fires", async () => {
    const s = new Scheduler(t.db, () => {});
    let fired = 0;
    s.handle("test.cancel", async () => {
      fired++;
    });
    await t.db.transaction().execute((trx) => scheduleDue(trx, "test.cancel", 1, "2026-01-01T10:00:00.000Z"));
    await t.db.transaction().execute((trx) => cancelDue(trx, "test.cancel", 1));
    await s.tick(at("2026-02-01T00:00:00Z"));
    expect(fired).toBe(0);
  });

  it("replacing a subject's deadlines drops the kinds named, keeps the others and fires the new ones", async () => {
    const s = new Scheduler(t.db, (err) => {
      throw err;
    });
    const fired: string[] = [];
    for (const kind of ["test.warn", "test.breach", "test.other"]) {
      s.handle(kind, async (_trx, item) => {
        fired.push(`${kind} ${item.subjectId} ${item.dueAt.slice(0, 10)}`);
      });
    }
    await t.db.transaction().execute(async (trx) => {
      await scheduleDue(trx, "test.warn", 3, "2026-05-01T00:00:00.000Z");
      await scheduleDue(trx, "test.other", 3, "2026-05-01T00:00:00.000Z");
      await scheduleDue(trx, "test.warn", 4, "2026-05-01T00:00:00.000Z");
    });
    await t.db.transaction().execute((trx) =>
      replaceDue(
        trx,
        3,
        ["test.warn", "test.breach"],
        [
          { kind: "test.warn", dueAt: "2026-05-02T00:00:00.000Z" },
          { kind: "test.breach", dueAt: "2026-05-03T00:00:00.000Z" },
        ],
      ),
    );
    await s.tick(at("2026-06-01T00:00:00Z"));
    expect(fired.sort()).toEqual([
      "test.breach 3 2026-05-03",
      "test.other 3 2026-05-01",
      "test.warn 3 2026-05-02",
      "test.warn 4 2026-05-01",
    ]);
  });

  it("a failing handler rolls its own writes back, is retried a minute later, and does not block others", async () => {
    const errors: unknown[] = [];
    const s = new Scheduler(t.db, (err) => errors.push(err));
    let attempts = 0;
    const done: number[] = [];
    s.handle("test.flaky", async (trx, item) => {
      await scheduleDue(trx, "test.side_effect", item.subjectId, "2030-01-01T00:00:00.000Z");
      attempts++;
      if (attempts === 1) throw new Error("transient");
      done.push(item.subjectId);
    });
    s.handle("test.ok", async (trx, item) => {
      await scheduleDue(trx, "test.ok_effect", item.subjectId, "2030-01-01T00:00:00.000Z");
      done.push(item.subjectId);
    });
    await t.db.transaction().execute(async (trx) => {
      await scheduleDue(trx, "test.flaky", 1, "2026-03-01T10:00:00.000Z");
      await scheduleDue(trx, "test.ok", 2, "2026-03-01T10:00:01.000Z");
    });
    expect(await s.tick(at("2026-03-01T10:00:05Z"))).toBe(1);
    expect(done).toEqual([2]);
    expect(errors).toHaveLength(1);
    const sideEffects = await t.db
      .selectFrom("due_items")
      .select("id")
      .where("kind", "=", "test.side_effect")
      .execute();
    expect(sideEffects).toHaveLength(0);
    // Fired in the same transaction as the failing one (a batch), its writes stay.
    const kept = await t.db
      .selectFrom("due_items")
      .select("subject_id")
      .where("kind", "=", "test.ok_effect")
      .execute();
    expect(kept).toEqual([{ subject_id: 2 }]);
    expect(await s.tick(at("2026-03-01T10:01:05Z"))).toBe(1);
    expect(done).toEqual([2, 1]);
  });

  it("two instances ticking at once fire every item exactly once", async () => {
    const fired: number[] = [];
    const make = () => {
      const s = new Scheduler(t.db, (err) => {
        throw err;
      });
      s.handle("test.race", async (_trx, item) => {
        fired.push(item.subjectId);
        await new Promise((r) => setTimeout(r, 2));
      });
      return s;
    };
    await t.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 40; i++) await scheduleDue(trx, "test.race", i, "2026-04-01T00:00:00.000Z");
    });
    const [a, b] = await Promise.all([
      make().tick(at("2026-04-02T00:00:00Z")),
      make().tick(at("2026-04-02T00:00:00Z")),
    ]);
    expect(a + b).toBe(40);
    expect(fired.sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });
});
