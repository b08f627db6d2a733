import { describe, expect, it } from "vitest";
import { decidePlan, planActions } from "./policy.ts";

const head = { id: 1, role: "outlet_head" as const };
const officer = { id: 2, role: "cp_officer" as const };
const submitted = { status: "submitted" as const, submittedBy: 1, monthCount: 3 };

describe("education plan policy", () => {
  it("the outlet edits and submits, the sub-branch decides, and never on a plan they submitted", () => {
    expect(planActions(head, { ...submitted, status: "draft" })).toEqual(["edit", "submit"]);
    expect(planActions(head, submitted)).toEqual([]);
    expect(planActions(officer, submitted)).toEqual(["approve", "return"]);
    const own = decidePlan(officer, "approve", { ...submitted, submittedBy: officer.id });
    expect(own).toMatchObject({ ok: false, refusal: { status: 403, key: "campaigns.self_approval" } });
  });

  it("editing an approved plan puts it back to draft; a return needs a comment", () => {
    expect(decidePlan(head, "edit", { ...submitted, status: "approved" })).toEqual({
      ok: true,
      next: "draft",
    });
    expect(decidePlan(officer, "return", submitted, " ")).toMatchObject({
      ok: false,
      refusal: { field: "comment" },
    });
    expect(decidePlan(officer, "return", submitted, "补充农村客户")).toEqual({ ok: true, next: "returned" });
  });
});
