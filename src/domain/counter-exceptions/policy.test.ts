import { describe, expect, it } from "vitest";
import { allowedOn, decideStep } from "./policy.ts";

const now = new Date("2026-11-23T08:00:00Z");
const head = { id: 5, role: "outlet_head" as const, mayVerify: true };
const reported = { status: "reported" as const, reportedBy: 7, type: "business_dispute" };

describe("the counter-exception policy", () => {
  it("the verifier is offered verification, not the reporter even with a verifier's role", () => {
    expect(allowedOn(head, reported, false)).toMatchObject({ verify: true, handle: false, followUp: false });
    expect(allowedOn({ ...head, id: 7 }, reported, false).verify).toBe(false);
  });

  it("a role without the handling permission is refused handling before the procedure is asked", () => {
    const auditor = { id: 9, role: "auditor" as const, mayVerify: false };
    const verified = { ...reported, status: "verified" as const };
    const action = { kind: "handle", followUpDueAt: "2026-11-30T08:00:00Z" } as const;
    expect(decideStep(auditor, verified, action, now)).toMatchObject({ ok: false, refusal: { status: 403 } });
    expect(allowedOn(auditor, verified, true)).toMatchObject({ handle: false, linkComplaint: false });
  });

  it("only a business dispute that was not rejected may go to law; only a closed one becomes a case", () => {
    expect(allowedOn(head, reported, false).legal).toBe(true);
    expect(allowedOn(head, { ...reported, type: "system_failure" }, false).legal).toBe(false);
    expect(allowedOn(head, { ...reported, status: "rejected" }, false).legal).toBe(false);
    const officer = { id: 3, role: "cp_officer" as const, mayVerify: false };
    expect(allowedOn(officer, { ...reported, status: "closed" }, false).makeCase).toBe(true);
    expect(allowedOn(officer, reported, false).makeCase).toBe(false);
    expect(allowedOn(head, { ...reported, status: "closed" }, false).makeCase).toBe(false);
  });
});
