import { describe, expect, it } from "vitest";
import { type Asker, statementApproverRefusal } from "./policy.ts";

const event = "/1/2/5/9/";
const at = (role: Asker["role"], unitKind: Asker["unitKind"], unitPath: string): Asker => ({
  id: 7,
  role,
  unitKind,
  unitPath,
});

describe("who approves an event's statements", () => {
  it("management of the sub-branch, branch or head office over the event's unit", () => {
    expect(statementApproverRefusal(at("manager", "sub_branch", "/1/2/5/"), event)).toBeNull();
    expect(statementApproverRefusal(at("manager", "branch", "/1/2/"), event)).toBeNull();
    expect(statementApproverRefusal(at("manager", "head_office", "/1/"), event)).toBeNull();
  });

  it("not another sub-branch's management, nor the outlet, nor the officer", () => {
    const level = { status: 403, key: "opinion.statement_approver_level" };
    expect(statementApproverRefusal(at("manager", "sub_branch", "/1/2/6/"), event)).toEqual(level);
    expect(statementApproverRefusal(at("outlet_head", "outlet", "/1/2/5/9/"), event)).toEqual(level);
    expect(statementApproverRefusal(at("cp_officer", "sub_branch", "/1/2/5/"), event)).toEqual(level);
  });
});
