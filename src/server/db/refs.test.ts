import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { localDateOf } from "../../domain/calendar/dates.ts";
import { chainOf } from "../audit/chain.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

describeEachEngine("reference numbers of the day", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let lobby: TestClient;
  let teller: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    lobby = await t.as("lobby.ot01");
    teller = await t.as("teller.ot01");
  });
  afterAll(() => t.close());

  /** The numbers of the day's references of a kind, as stored, in order. */
  const numbersOf = async (table: "complaints" | "incidents" | "counter_exceptions", prefix: string) => {
    const day = localDateOf(t.clock.now(), t.deps.config.timeZone).replaceAll("-", "");
    const rows = await t.db
      .selectFrom(table)
      .select("ref")
      .where("ref", "like", `${prefix}-${day}-%`)
      .execute();
    return rows.map((r) => Number(r.ref.slice(-4))).sort((a, b) => a - b);
  };
  const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  it("concurrent creates, some refused inside their transaction, leave the day's numbers 1..N without a hole", async () => {
    const ot01 = await idOf(t, "unit", "OT01");
    const sb01 = await idOf(t, "unit", "SB01");
    const head = await idOf(t, "user", "head.ot01");
    // Each refusal comes from a check inside the transaction: recusal, a unit that is not an outlet, a type
    // that does not exist.
    const kinds = ["complaint", "incident", "exception"] as const;
    const requests = Array.from({ length: 30 }, (_, i) => {
      const refuse = Math.floor(i / 3) % 3 === 2;
      switch (kinds[i % 3]) {
        case "complaint":
          return officer.post(
            "/api/complaints",
            complaintBody(refuse ? { orgUnitId: ot01, subjectStaffUserId: head, handlerId: head } : {}),
          );
        case "incident":
          return lobby.post("/api/incidents", {
            category: "crowd_surge",
            summary: "排队人数较多",
            ...(refuse && { orgUnitId: sb01 }),
          });
        default:
          return teller.post("/api/counter-exceptions", {
            type: refuse ? "no_such_type" : "transaction_data_error",
            description: "金额录入错误",
          });
      }
    });
    const answers = await Promise.all(requests);
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(21);
    expect(answers.filter((a) => a.statusCode === 400)).toHaveLength(9);

    expect(await numbersOf("complaints", "CMP")).toEqual(oneToN(7));
    expect(await numbersOf("incidents", "INC")).toEqual(oneToN(7));
    expect(await numbersOf("counter_exceptions", "CEX")).toEqual(oneToN(7));
  });

  it("writes the number padded to four digits, and whole past 9,999, as the answer gives it", async () => {
    const day = localDateOf(t.clock.now(), t.deps.config.timeZone).replaceAll("-", "");
    await t.db
      .insertInto("ref_counters")
      .values({ prefix: "CMP", day, last: 9998 })
      .onConflict((oc) => oc.columns(["prefix", "day"]).doUpdateSet({ last: 9998 }))
      .execute();
    const refs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const created = (await officer.post("/api/complaints", complaintBody())).json();
      const stored = await t.db
        .selectFrom("complaints")
        .select("ref")
        .where("id", "=", created.id)
        .executeTakeFirstOrThrow();
      expect(stored.ref).toBe(created.ref);
      refs.push(created.ref);
    }
    expect(refs).toEqual([`CMP-${day}-9999`, `CMP-${day}-10000`]);
    // An examiner finds the register entry by the five-digit reference too.
    const auditor = await t.as("auditor");
    const found = (await auditor.get(`/api/audit?entityId=CMP-${day}-10000`)).json().items;
    expect(found.map((e: { action: string; entityRef: string }) => [e.action, e.entityRef])).toEqual([
      ["complaints.register", `CMP-${day}-10000`],
    ]);
  });

  // A registration and a review request both take their branch's audit chain and the day's counter. Taken in
  // opposite orders, two of them could each wait for the other; both must take the chain first.
  it.runIf(engine === "postgres")(
    "a registration and a review request wait for their audit chain before they take the day's number",
    async () => {
      const day = localDateOf(t.clock.now(), t.deps.config.timeZone).replaceAll("-", "");
      const now = () => t.clock.now().toISOString();
      const original = (await officer.post("/api/complaints", complaintBody())).json();
      const decided = await officer.post(`/api/complaints/${original.id}/decision`, {
        findings: "经核查，销售过程已充分揭示风险",
        basis: "产品说明书及风险揭示书",
        outcome: "rejected",
      });
      expect(decided.statusCode, decided.body).toBe(200);
      await officer.post(`/api/complaints/${original.id}/notices`, {
        purpose: "decision",
        channel: "sms",
        at: now(),
      });
      const ot01 = await t.db
        .selectFrom("org_units")
        .select("path")
        .where("code", "=", "OT01")
        .executeTakeFirstOrThrow();

      // The branch's chain held by another transaction until released.
      let release = () => {};
      let holding = () => {};
      const held = new Promise<void>((r) => {
        holding = r;
      });
      const holder = t.db.transaction().execute(async (trx) => {
        await sql`SELECT 1 FROM audit_heads WHERE chain = ${chainOf(ot01.path)} FOR UPDATE`.execute(trx);
        holding();
        await new Promise<void>((r) => {
          release = r;
        });
      });
      await held;
      const pending = [
        officer.post(`/api/complaints/${original.id}/review-requests`, {
          receivedAt: now(),
          reason: "不认可",
        }),
        lobby.post("/api/complaints", complaintBody()),
      ];
      await new Promise((r) => setTimeout(r, 300));
      // Neither holds the counter while it waits: another transaction takes it at once.
      const counterFree = await t.db
        .transaction()
        .execute((trx) =>
          sql`SELECT last FROM ref_counters WHERE prefix = 'CMP' AND day = ${day} FOR UPDATE NOWAIT`.execute(
            trx,
          ),
        )
        .then(
          () => true,
          () => false,
        );
      release();
      await holder;
      const [review, registered] = await Promise.all(pending);
      expect(review.statusCode, review.body).toBe(201);
      expect(registered.statusCode, registered.body).toBe(201);
      expect(counterFree).toBe(true);
    },
  );
});
