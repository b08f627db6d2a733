import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { verifyAuditChain } from "../audit/verify.ts";
import { rebuildFigures } from "../complaints/figures/rebuild.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";
import { planRetention, RETENTION_SWEEP } from "./retention.ts";

describeEachEngine("retention of personal data", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  const ids = { withdrawn: 0, open: 0, rejected: 0 };
  const refs = { withdrawn: "", rejected: "" };
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    const lobby = await t.as("lobby.ot01");
    const withdrawn = (await lobby.post("/api/complaints", complaintBody())).json();
    const open = (await lobby.post("/api/complaints", complaintBody({ channel: "网上银行" }))).json();
    expect(
      (await officer.post(`/api/complaints/${withdrawn.id}/withdraw`, { reason: "客户撤回" })).statusCode,
    ).toBe(200);
    const teller = await t.as("teller.ot01");
    const exception = (
      await teller.post("/api/counter-exceptions", {
        type: "transaction_data_error",
        description: "客户转账金额录入多一个零，已当场发现",
        customer: { name: "王小明", phone: "13912345678", idNumber: "110101199001061234" },
        immediateAction: "暂停交易",
      })
    ).json();
    const head = await t.as("head.ot01");
    const verify = await head.post(`/api/counter-exceptions/${exception.id}/verify`, {
      outcome: "rejected",
      findings: "客户记错了",
    });
    expect(verify.statusCode, verify.body).toBe(200);
    Object.assign(ids, { withdrawn: withdrawn.id, open: open.id, rejected: exception.id });
    Object.assign(refs, { withdrawn: withdrawn.ref, rejected: exception.ref });
  });
  afterAll(() => t.close());

  const policy = () => ({ years: t.deps.config.retentionYears, timeZone: t.deps.config.timeZone });
  const complaint = (id: number) =>
    t.db.selectFrom("complaints").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("nothing is due before three years after closing", async () => {
    t.clock.advanceMinutes(3 * 365 * 24 * 60 - 24 * 60);
    expect(await planRetention(t.db, t.clock.now(), policy())).toMatchObject({
      complaints: [],
      counterExceptions: [],
    });
  });

  it("the dry run names what is due and changes nothing", async () => {
    t.clock.advanceMinutes(3 * 24 * 60);
    const plan = await planRetention(t.db, t.clock.now(), policy());
    expect(plan.complaints).toEqual([refs.withdrawn]);
    expect(plan.counterExceptions).toEqual([refs.rejected]);
    expect((await complaint(ids.withdrawn)).complainant_name).toBe("张三丰");
  });

  it("the scheduled sweep removes it, audited, with the figures and the audit chain intact", async () => {
    const statsBefore = (await officer.get("/api/complaints/stats")).json();
    await t.deps.scheduler.tick(t.clock.now());

    const erased = await complaint(ids.withdrawn);
    expect(erased).toMatchObject({
      complainant_name: "",
      complainant_phone: null,
      complainant_id_number: null,
      complainant_extra_json: "{}",
    });
    expect(erased.complainant_key).toMatch(/^erased:[0-9a-f]{64}$/);
    expect(erased.summary).toBe(complaintBody().summary);
    expect((await complaint(ids.open)).complainant_name).toBe("张三丰");
    const exception = await t.db
      .selectFrom("counter_exceptions")
      .selectAll()
      .where("id", "=", ids.rejected)
      .executeTakeFirstOrThrow();
    expect(exception).toMatchObject({
      customer_name: null,
      customer_phone: null,
      customer_id_number: null,
      customer_account_no: null,
    });

    const audited = await t.db
      .selectFrom("audit_log")
      .select(["entity_type", "entity_id", "after_json"])
      .where("action", "=", "retention.erase")
      .orderBy("id")
      .execute();
    expect(audited.map((a) => [a.entity_type, Number(a.entity_id)])).toEqual([
      ["complaint", ids.withdrawn],
      ["counter_exception", ids.rejected],
    ]);
    expect(audited.map((a) => a.after_json).join()).not.toContain("张三丰");
    expect((await verifyAuditChain(t.db)).ok).toBe(true);

    // The counts are those of before, and a rebuild from the rows agrees with the rollup kept since.
    const statsAfter = (await officer.get("/api/complaints/stats")).json();
    expect({ ...statsAfter, repeatComplainants: 0 }).toEqual({ ...statsBefore, repeatComplainants: 0 });
    await rebuildFigures(t.db, t.deps.config.timeZone);
    expect((await officer.get("/api/complaints/stats")).json()).toEqual(statsAfter);

    const next = await t.db
      .selectFrom("due_items")
      .select("due_at")
      .where("kind", "=", RETENTION_SWEEP)
      .executeTakeFirstOrThrow();
    expect(new Date(next.due_at).getTime() - t.clock.now().getTime()).toBe(24 * 60 * 60_000);
    expect(await planRetention(t.db, t.clock.now(), policy())).toMatchObject({
      complaints: [],
      counterExceptions: [],
    });
  });
});
