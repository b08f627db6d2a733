import { describe, expect, it } from "vitest";
import { reviewTransition, type VersionState } from "./review.ts";

const pending: VersionState = { status: "pending_review", submittedBy: 7, errorCount: 0, isCurrent: true };

describe("four-eyes review of a marketing material version", () => {
  it("the submitter can never approve or reject their own material", () => {
    expect(reviewTransition(pending, "approve", 7, undefined)).toMatchObject({
      ok: false,
      refusal: { key: "materials.self_review" },
    });
    expect(reviewTransition(pending, "reject", 7, "x")).toMatchObject({
      ok: false,
      refusal: { status: 403 },
    });
  });

  it("another reviewer approves a clean version, which then cannot be reviewed again", () => {
    expect(reviewTransition(pending, "approve", 8, undefined)).toEqual({ ok: true, next: "approved" });
    const approved = { ...pending, status: "approved" as const };
    expect(reviewTransition(approved, "reject", 8, "too late")).toMatchObject({
      ok: false,
      refusal: { status: 409 },
    });
  });

  it("a version the automatic check found errors in can be rejected, not approved", () => {
    const dirty = { ...pending, errorCount: 2 };
    expect(reviewTransition(dirty, "approve", 8, undefined)).toMatchObject({
      ok: false,
      refusal: { key: "materials.has_errors", params: { count: "2" } },
    });
    expect(reviewTransition(dirty, "reject", 8, "去掉保本字样")).toEqual({ ok: true, next: "rejected" });
  });

  it("a rejection needs a comment; an older version is history", () => {
    expect(reviewTransition(pending, "reject", 8, "  ")).toMatchObject({ refusal: { field: "comment" } });
    expect(reviewTransition({ ...pending, isCurrent: false }, "approve", 8, undefined)).toMatchObject({
      refusal: { key: "materials.not_pending" },
    });
  });
});
