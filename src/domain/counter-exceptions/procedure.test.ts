import { describe, expect, it } from "vitest";
import { isOverdue, makerCheckerRefusal, transition } from "./procedure.ts";

const now = new Date("2026-11-23T08:00:00Z");
const later = "2026-11-30T08:00:00Z";
const earlier = "2026-11-22T08:00:00Z";
const teller = { id: 7, mayVerify: false };
const head = { id: 5, mayVerify: true };
const reported = { status: "reported" as const, reportedBy: teller.id };

describe("the maker-checker rule", () => {
  it("the reporter can never verify their own exception, even with a verifier's role", () => {
    const reporterWhoIsHead = { status: "reported" as const, reportedBy: head.id };
    expect(makerCheckerRefusal(reporterWhoIsHead, head)).toMatchObject({
      status: 403,
      key: "counter_exceptions.self_verify",
    });
  });

  it("someone whose role is not a verifier cannot verify either", () => {
    expect(makerCheckerRefusal(reported, { id: 99, mayVerify: false })).toMatchObject({
      key: "counter_exceptions.not_verifier",
    });
  });

  it("a verifier who did not report the exception may verify it", () => {
    expect(makerCheckerRefusal(reported, head)).toBeNull();
  });
});

describe("the five-step procedure", () => {
  it("a confirmed verification leads to handling, a rejection ends the procedure", () => {
    expect(transition(reported, { kind: "verify", outcome: "confirmed" }, head, now)).toEqual({
      ok: true,
      next: "verified",
    });
    expect(transition(reported, { kind: "verify", outcome: "rejected" }, head, now)).toEqual({
      ok: true,
      next: "rejected",
    });
  });

  it("the reporter's verify is refused before anything else is looked at", () => {
    const r = transition(reported, { kind: "verify", outcome: "confirmed" }, { id: 7, mayVerify: true }, now);
    expect(r).toMatchObject({ ok: false, refusal: { status: 403, key: "counter_exceptions.self_verify" } });
  });

  it("an exception cannot be handled before it is verified, nor verified twice", () => {
    expect(transition(reported, { kind: "handle", followUpDueAt: later }, head, now)).toMatchObject({
      ok: false,
      refusal: { status: 409 },
    });
    const verified = { ...reported, status: "verified" as const };
    expect(transition(verified, { kind: "verify", outcome: "confirmed" }, head, now)).toMatchObject({
      ok: false,
      refusal: { status: 409 },
    });
  });

  it("handling sets a follow-up due date, which must lie in the future", () => {
    const verified = { ...reported, status: "verified" as const };
    expect(transition(verified, { kind: "handle", followUpDueAt: later }, teller, now)).toEqual({
      ok: true,
      next: "handled",
    });
    expect(transition(verified, { kind: "handle", followUpDueAt: earlier }, teller, now)).toMatchObject({
      ok: false,
      refusal: { status: 400, field: "followUpDueAt" },
    });
    expect(
      transition(verified, { kind: "handle", followUpDueAt: "3000-01-01T00:00:00Z" }, teller, now),
    ).toMatchObject({
      ok: false,
      refusal: { status: 400, key: "plausibility.due_too_far", field: "followUpDueAt" },
    });
  });

  it("a follow-up closes only with the confirmation that the problem is fully solved", () => {
    const handled = { ...reported, status: "handled" as const };
    expect(transition(handled, { kind: "follow_up", fullyResolved: true }, head, now)).toEqual({
      ok: true,
      next: "closed",
    });
    expect(transition(handled, { kind: "follow_up", fullyResolved: false }, head, now)).toMatchObject({
      ok: false,
      refusal: { field: "nextDueAt" },
    });
    expect(
      transition(handled, { kind: "follow_up", fullyResolved: false, nextDueAt: later }, head, now),
    ).toEqual({ ok: true, next: "handled" });
  });

  it("nothing follows a closed or rejected exception", () => {
    for (const status of ["closed", "rejected"] as const) {
      const state = { ...reported, status };
      expect(transition(state, { kind: "follow_up", fullyResolved: true }, head, now).ok).toBe(false);
      expect(transition(state, { kind: "handle", followUpDueAt: later }, head, now).ok).toBe(false);
    }
  });

  it("a follow-up is overdue only while the exception is open and its due time has passed", () => {
    expect(isOverdue("handled", earlier, now)).toBe(true);
    expect(isOverdue("handled", later, now)).toBe(false);
    expect(isOverdue("closed", earlier, now)).toBe(false);
  });
});
