export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

export interface SignInState {
  failedLogins: number;
  lockedUntil: string | null;
}

export function isLocked(state: SignInState, now: Date): boolean {
  return state.lockedUntil !== null && new Date(state.lockedUntil) > now;
}

/**
 * The state after one more wrong password. The count restarts after a lock has run out, so a user who waited
 * out the lock gets the full number of tries again.
 */
export function afterFailedSignIn(
  state: SignInState,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): SignInState & { justLocked: boolean } {
  const lockExpired = state.lockedUntil !== null && new Date(state.lockedUntil) <= now;
  const failedLogins = (lockExpired ? 0 : state.failedLogins) + 1;
  if (failedLogins >= policy.maxFailures) {
    const lockedUntil = new Date(now.getTime() + policy.lockMinutes * 60_000).toISOString();
    return { failedLogins: 0, lockedUntil, justLocked: true };
  }
  return { failedLogins, lockedUntil: lockExpired ? null : state.lockedUntil, justLocked: false };
}
