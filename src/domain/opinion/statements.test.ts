import { describe, expect, it } from "vitest";
import { spokespersonRefusal, statementTransition } from "./statements.ts";

describe("the statement register", () => {
  const draft = { status: "draft" as const, draftedBy: 1 };

  it("a draft is approved only by someone other than its author, then published", () => {
    expect(statementTransition(draft, { kind: "approve" }, 1)).toMatchObject({
      ok: false,
      refusal: { status: 403, key: "opinion.statement_self_approve" },
    });
    expect(statementTransition(draft, { kind: "approve" }, 2)).toEqual({ ok: true, next: "approved" });
    expect(statementTransition(draft, { kind: "publish" }, 1)).toMatchObject({ ok: false });
    expect(statementTransition({ ...draft, status: "approved" }, { kind: "publish" }, 1)).toEqual({
      ok: true,
      next: "published",
    });
  });

  it("rewording an approved draft sends it back for approval; a published one is frozen", () => {
    expect(statementTransition({ ...draft, status: "approved" }, { kind: "edit" }, 1)).toEqual({
      ok: true,
      next: "draft",
    });
    expect(statementTransition({ ...draft, status: "published" }, { kind: "edit" }, 1)).toMatchObject({
      ok: false,
      refusal: { key: "opinion.statement_frozen" },
    });
  });

  it("only the designated spokesperson speaks to the media", () => {
    expect(spokespersonRefusal(null, 1)?.key).toBe("opinion.no_spokesperson");
    expect(spokespersonRefusal(2, 1)?.key).toBe("opinion.not_spokesperson");
    expect(spokespersonRefusal(1, 1)).toBeNull();
  });
});
