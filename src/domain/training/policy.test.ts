import { describe, expect, it } from "vitest";
import { mayReadPersonal } from "./policy.ts";

describe("who reads a personal record", () => {
  const teller = { id: 10, path: "/1/2/4/8/" };
  it("the person and the managers above them, nobody else", () => {
    expect(mayReadPersonal({ ...teller, role: "teller" }, teller, "training.records")).toBe(true);
    const colleague = { id: 11, path: "/1/2/4/8/", role: "teller" as const };
    expect(mayReadPersonal(colleague, teller, "training.records")).toBe(false);
    const head = { id: 12, path: "/1/2/4/8/", role: "outlet_head" as const };
    expect(mayReadPersonal(head, teller, "training.records")).toBe(true);
    const otherHead = { id: 13, path: "/1/2/4/9/", role: "outlet_head" as const };
    expect(mayReadPersonal(otherHead, teller, "training.records")).toBe(false);
    const manager = { id: 14, path: "/1/2/4/", role: "manager" as const };
    expect(mayReadPersonal(manager, teller, "accountability.decide")).toBe(true);
    const officer = { id: 15, path: "/1/2/4/", role: "cp_officer" as const };
    expect(mayReadPersonal(officer, teller, "accountability.decide")).toBe(false);
  });
});
