import { describe, expect, it } from "vitest";
import { afterRectificationClosed } from "./lifecycle.ts";
import { decideInspection, decideRectification, inspectionActions, rectificationActions } from "./policy.ts";

const officer = { id: 1, role: "cp_officer" as const, orgUnitId: 10 };
const head = { id: 2, role: "outlet_head" as const, orgUnitId: 20 };
const teller = { id: 3, role: "teller" as const, orgUnitId: 20 };
const colleague = { id: 4, role: "teller" as const, orgUnitId: 20 };
const open = { status: "open" as const, ownerId: 3, orgUnitId: 20, photoCount: 1 };

describe("inspection policy", () => {
  it("only the inspecting side acts on a draft, and a submitted inspection no longer changes", () => {
    expect(inspectionActions(officer, "draft")).toEqual(["record", "submit", "cancel"]);
    expect(inspectionActions(head, "draft")).toEqual([]);
    expect(inspectionActions(officer, "rectifying")).toEqual([]);
    expect(decideInspection(officer, "record", "closed")).toMatchObject({
      ok: false,
      refusal: { status: 409 },
    });
  });

  it("a submission leads to rectifying when an item failed, else straight to closed", () => {
    const pass = { position: 1, outcome: "pass" as const, ownerId: null, dueOn: null };
    const fail = { position: 2, outcome: "fail" as const, ownerId: 3, dueOn: "2026-12-10" };
    expect(decideInspection(officer, "submit", "draft", [pass])).toEqual({ ok: true, next: "closed" });
    expect(decideInspection(officer, "submit", "draft", [pass, fail])).toEqual({
      ok: true,
      next: "rectifying",
    });
    const undated = decideInspection(officer, "submit", "draft", [{ ...fail, dueOn: null }]);
    expect(undated).toMatchObject({ ok: false, refusal: { field: "results.2.dueOn" } });
  });

  it("the owner, the outlet's head or the inspecting side works a rectification; a colleague does not", () => {
    expect(rectificationActions(teller, open)).toEqual(["add_evidence", "close"]);
    expect(rectificationActions(head, open)).toEqual(["add_evidence", "close"]);
    expect(rectificationActions(officer, open)).toEqual(["add_evidence", "close"]);
    expect(rectificationActions(colleague, open)).toEqual([]);
    expect(rectificationActions({ ...head, orgUnitId: 21 }, open)).toEqual([]);
    expect(decideRectification(teller, "close", { ...open, photoCount: 0 }, "done")).toMatchObject({
      ok: false,
      refusal: { field: "photos" },
    });
    expect(afterRectificationClosed("rectifying", 0)).toBe("closed");
    expect(afterRectificationClosed("rectifying", 1)).toBe("rectifying");
  });
});
