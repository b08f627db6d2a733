import { describe, expect, it } from "vitest";
import { offersFor } from "./offers.ts";

describe("what a record offers to open next", () => {
  const counterComplaint = {
    kind: "counter_exception",
    type: "counter_complaint",
    status: "verified",
  } as const;

  it("offers a record only to a role that may both link from this one and open the new one", () => {
    expect(offersFor(counterComplaint, [], "teller")).toEqual([{ action: "register_complaint" }]);
    // A wealth manager registers complaints but does not handle counter exceptions, so may not link from one.
    expect(offersFor(counterComplaint, [], "wealth_manager")).toEqual([]);
    const conflict = { kind: "incident", category: "complaint_conflict", drill: false } as const;
    expect(offersFor(conflict, [], "security_guard")).toEqual([]);
    expect(offersFor({ ...conflict, drill: true }, [], "lobby_manager")).toEqual([]);
  });

  it("stops offering once a record of that family is linked; a rejected exception offers nothing", () => {
    const large = { kind: "complaint", inPerson: true, groupSize: 20 } as const;
    expect(offersFor(large, [], "outlet_head")).toEqual([
      { action: "open_incident", category: "group_visit" },
    ]);
    expect(offersFor(large, ["incident"], "outlet_head")).toEqual([]);
    expect(offersFor({ ...large, inPerson: false }, [], "outlet_head")).toEqual([]);
    expect(offersFor({ ...counterComplaint, status: "rejected" }, [], "teller")).toEqual([]);
  });
});
