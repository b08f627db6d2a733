import { describe, expect, it } from "vitest";
import { allowedActions, decide, extensionDecisionRefusal, permits } from "./policy.ts";

const open = { status: "open" as const, paused: false };
const OUTLET = "/1/2/4/8/";
const officer = {
  userId: 1,
  role: "cp_officer" as const,
  unitKind: "sub_branch" as const,
  unitPath: "/1/2/4/",
};

describe("the complaint policy", () => {
  it("a teller registers and reads complaints but is offered no step and refused each one", () => {
    expect(allowedActions("teller", open)).toEqual([]);
    expect(decide("teller", open, "assign")).toMatchObject({ ok: false, refusal: { status: 403 } });
    expect(permits("teller", "decide_extension")).toBe(false);
  });

  it("a handler's steps follow the complaint's state", () => {
    expect(allowedActions("outlet_head", open)).toContain("decide");
    expect(allowedActions("outlet_head", open)).not.toContain("decide_extension");
    expect(allowedActions("outlet_head", { ...open, paused: true })).not.toContain("decide");
    expect(allowedActions("outlet_head", { status: "decided", paused: false })).toEqual([
      "record_notice",
      "close",
      "request_review",
    ]);
    expect(decide("outlet_head", { status: "closed", paused: false }, "close")).toMatchObject({
      ok: false,
      refusal: { status: 409, key: "complaints.wrong_status" },
    });
  });

  it("an extension is decided only with the permission of its level, by someone other than its requester", () => {
    const ext = (level: 1 | 2, requestedBy = 9) => ({ level, requestedBy, status: "pending" as const });
    expect(extensionDecisionRefusal(officer, ext(1), OUTLET)).toBeNull();
    expect(extensionDecisionRefusal(officer, ext(2), OUTLET)).toMatchObject({
      status: 403,
      key: "forbidden",
    });
    expect(extensionDecisionRefusal(officer, ext(1, officer.userId), OUTLET)).toMatchObject({
      status: 403,
      key: "complaints.four_eyes",
    });
    expect(extensionDecisionRefusal(officer, { ...ext(1), status: "approved" }, OUTLET)).toMatchObject({
      status: 409,
    });
  });
});
