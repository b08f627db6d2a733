import { afterAll, beforeAll, expect, it } from "vitest";
import { idOf, startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

describeEachEngine("reference numbers of the day", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
  });
  afterAll(() => t.close());

  const register = (over: Record<string, unknown> = {}) =>
    officer.post("/api/complaints", complaintBody(over));
  const seq = (ref: string) => Number(ref.slice(-4));

  it("complaints registered at the same moment get distinct numbers, one after another", async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => register()));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(12).fill(201));
    const numbers = answers.map((a) => seq(a.json().ref)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => numbers[0] + i));
  });

  it("a registration refused after taking its number leaves a gap, and the next one goes on", async () => {
    const before = seq((await register()).json().ref);
    const ot01 = await idOf(t, "unit", "OT01");
    const head = await idOf(t, "user", "head.ot01");
    // Recusal is checked inside the transaction, after the number was taken.
    const refused = await register({ orgUnitId: ot01, subjectStaffUserId: head, handlerId: head });
    expect(refused.statusCode).toBe(400);
    expect(seq((await register()).json().ref)).toBe(before + 2);
  });
});
