import { SIGN_IN_OPENS_BEFORE_MS } from "./vocabulary.ts";

/** Whether attendees may sign in at `now`: from shortly before the start to the end of the session. */
export function signInOpen(startsAt: string, endsAt: string, now: Date): boolean {
  const t = now.getTime();
  return t >= Date.parse(startsAt) - SIGN_IN_OPENS_BEFORE_MS && t <= Date.parse(endsAt);
}

/** Training hours of a session, to one decimal place as the yearly record counts them. */
export function sessionHours(startsAt: string, endsAt: string): number {
  return Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 360_000) / 10;
}
