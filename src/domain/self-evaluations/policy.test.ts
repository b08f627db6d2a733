import { describe, expect, it } from "vitest";
import { decideEvaluation, evaluationActions } from "./policy.ts";

const officer = { id: 1, role: "cp_officer" as const };
const manager = { id: 2, role: "manager" as const };
const draft = { status: "draft" as const, preparedBy: 1 };

describe("self-evaluation policy", () => {
  it("officers prepare, a manager other than the preparer signs off, and a signed one is frozen", () => {
    expect(evaluationActions(officer, draft)).toEqual(["edit"]);
    expect(evaluationActions(manager, draft)).toEqual(["edit", "sign_off"]);
    expect(evaluationActions(manager, { ...draft, preparedBy: 2 })).toEqual(["edit"]);
    expect(evaluationActions(manager, { ...draft, status: "signed_off" })).toEqual([]);
    const unscored = decideEvaluation(manager, "sign_off", draft, [
      { position: 1, score: 3 },
      { position: 2, score: null },
    ]);
    expect(unscored).toMatchObject({ ok: false, refusal: { field: "items.2.score" } });
  });
});
