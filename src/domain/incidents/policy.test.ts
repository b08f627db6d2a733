import { describe, expect, it } from "vitest";
import { allowedSteps, decideChange, mayAssignRole, roomPermissions } from "./policy.ts";

describe("the incident policy", () => {
  it("a closed incident offers nobody anything", () => {
    const closed = { status: "closed" as const, followUpDone: true, reviewed: true };
    expect(allowedSteps("manager", closed)).toEqual([]);
    expect(roomPermissions("manager", "closed")).toEqual({ work: false, command: false, close: false });
    expect(decideChange("closed")).toMatchObject({
      ok: false,
      refusal: { status: 409, key: "incidents.closed" },
    });
  });

  it("the lobby manager works an incident; the outlet head also commands and closes it", () => {
    expect(roomPermissions("lobby_manager", "stabilised")).toEqual({
      work: true,
      command: false,
      close: false,
    });
    expect(roomPermissions("outlet_head", "stabilised")).toEqual({ work: true, command: true, close: true });
    const pending = { status: "stabilised" as const, followUpDone: false, reviewed: false };
    expect(allowedSteps("outlet_head", pending)).toEqual(["resume"]);
  });

  it("a role is taken by oneself when free, handed on by its holder or a commander", () => {
    expect(mayAssignRole("teller", { selfTake: true, holdsIt: false })).toBe(true);
    expect(mayAssignRole("teller", { selfTake: false, holdsIt: true })).toBe(true);
    expect(mayAssignRole("teller", { selfTake: false, holdsIt: false })).toBe(false);
    expect(mayAssignRole("outlet_head", { selfTake: false, holdsIt: false })).toBe(true);
  });
});
