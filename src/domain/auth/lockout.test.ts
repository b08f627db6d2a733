import { describe, expect, it } from "vitest";
import { afterFailedSignIn, isLocked } from "./lockout.ts";

const now = new Date("2026-11-23T08:00:00Z");
const fresh = { failedLogins: 0, lockedUntil: null };

describe("sign-in lock-out", () => {
  it("the fifth wrong password in a row locks the account for 15 minutes", () => {
    let state: { failedLogins: number; lockedUntil: string | null } = { ...fresh };
    for (let i = 1; i <= 4; i++) {
      const next = afterFailedSignIn(state, now);
      expect(next).toMatchObject({ failedLogins: i, justLocked: false, lockedUntil: null });
      state = next;
    }
    const locked = afterFailedSignIn(state, now);
    expect(locked.justLocked).toBe(true);
    expect(locked.lockedUntil).toBe("2026-11-23T08:15:00.000Z");
    expect(isLocked(locked, new Date("2026-11-23T08:14:59Z"))).toBe(true);
    expect(isLocked(locked, new Date("2026-11-23T08:15:00Z"))).toBe(false);
  });

  it("after a lock runs out the user gets the full number of tries again", () => {
    const expired = { failedLogins: 0, lockedUntil: "2026-11-23T07:59:00.000Z" };
    expect(afterFailedSignIn(expired, now)).toMatchObject({
      failedLogins: 1,
      lockedUntil: null,
      justLocked: false,
    });
  });

  it("the policy is a setting", () => {
    const next = afterFailedSignIn({ failedLogins: 2, lockedUntil: null }, now, {
      maxFailures: 3,
      lockMinutes: 60,
    });
    expect(next.lockedUntil).toBe("2026-11-23T09:00:00.000Z");
  });
});
