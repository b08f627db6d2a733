import { describe, expect, it } from "vitest";
import { type Approver, extensionApprovalRefusal, extensionRequestRefusal } from "./extensions.ts";

const OUTLET = "/1/2/4/8/";
const who = (
  userId: number,
  role: Approver["role"],
  unitKind: Approver["unitKind"],
  unitPath: string,
): Approver => ({
  userId,
  role,
  unitKind,
  unitPath,
});
const pending = (level: 1 | 2, requestedBy = 100) => ({ level, requestedBy, status: "pending" as const });

describe("extension rules", () => {
  it("extensions come one at a time and in order", () => {
    expect(extensionRequestRefusal({ extensionLevel: 0, pendingExtension: false }, 1)).toBeNull();
    expect(extensionRequestRefusal({ extensionLevel: 0, pendingExtension: false }, 2)).toBe(
      "complaints.extension_order",
    );
    expect(extensionRequestRefusal({ extensionLevel: 1, pendingExtension: true }, 2)).toBe(
      "complaints.extension_pending",
    );
    expect(extensionRequestRefusal({ extensionLevel: 2, pendingExtension: false }, 2)).toBe(
      "complaints.extension_order",
    );
  });

  it.each([
    {
      name: "a sub-branch officer approves a first extension",
      ext: pending(1),
      a: who(7, "cp_officer", "sub_branch", "/1/2/4/"),
      refusal: null,
    },
    {
      name: "a sub-branch manager approves a first extension",
      ext: pending(1),
      a: who(7, "manager", "sub_branch", "/1/2/4/"),
      refusal: null,
    },
    {
      name: "nobody approves their own request",
      ext: pending(1, 7),
      a: who(7, "manager", "sub_branch", "/1/2/4/"),
      refusal: "complaints.four_eyes",
    },
    {
      name: "an outlet head cannot approve a first extension",
      ext: pending(1),
      a: who(7, "outlet_head", "outlet", OUTLET),
      refusal: "complaints.approver_level_1",
    },
    {
      name: "a manager of another subtree cannot approve",
      ext: pending(1),
      a: who(7, "manager", "sub_branch", "/1/2/5/"),
      refusal: "complaints.approver_level_1",
    },
    {
      name: "a sub-branch manager cannot approve a second extension",
      ext: pending(2),
      a: who(7, "manager", "sub_branch", "/1/2/4/"),
      refusal: "complaints.approver_level_2",
    },
    {
      name: "a branch officer cannot approve a second extension",
      ext: pending(2),
      a: who(7, "cp_officer", "branch", "/1/2/"),
      refusal: "complaints.approver_level_2",
    },
    {
      name: "a branch manager approves a second extension",
      ext: pending(2),
      a: who(7, "manager", "branch", "/1/2/"),
      refusal: null,
    },
    {
      name: "a head-office manager approves a second extension",
      ext: pending(2),
      a: who(7, "manager", "head_office", "/1/"),
      refusal: null,
    },
    {
      name: "a branch manager is not upper level for the branch's own complaint",
      ext: pending(2),
      path: "/1/2/",
      a: who(7, "manager", "branch", "/1/2/"),
      refusal: "complaints.approver_level_2",
    },
    {
      name: "a decided request is not decided twice",
      ext: { level: 1 as const, requestedBy: 100, status: "approved" as const },
      a: who(7, "manager", "sub_branch", "/1/2/4/"),
      refusal: "complaints.extension_decided",
    },
  ])("$name", ({ ext, a, path, refusal }) => {
    expect(extensionApprovalRefusal(ext, path ?? OUTLET, a)).toBe(refusal);
  });
});
