import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { SIGN_IN_TOKEN_TTL_MS } from "../../domain/training/vocabulary.ts";

/** A fresh random key for a new session's sign-in tokens. */
export const newSignInKey = () => randomBytes(32).toString("base64url");

const signature = (key: string, payload: string) =>
  createHmac("sha256", key).update(payload).digest("base64url");

/**
 * The token a session's QR code carries: `<session id>~<expiry ms>~<HMAC>`. Whoever holds it was in the room
 * within the last few minutes, which is all that sign-in asks besides being signed in oneself. No dots: the
 * server takes a page address whose query ends in `.xyz` for a missing file.
 */
export function issueSignInToken(sessionId: number, key: string, now: Date) {
  const expiresAt = now.getTime() + SIGN_IN_TOKEN_TTL_MS;
  const payload = `${sessionId}~${expiresAt}`;
  return { token: `${payload}~${signature(key, payload)}`, expiresAt: new Date(expiresAt).toISOString() };
}

/** The session id a token names, before its signature is checked against that session's key. */
export function tokenSessionId(token: string): number | null {
  const m = /^(\d{1,12})~(\d{1,15})~([\w-]{43})$/.exec(token);
  return m ? Number(m[1]) : null;
}

export type TokenCheck = "ok" | "invalid" | "expired";

export function checkSignInToken(token: string, key: string, now: Date): TokenCheck {
  const [id, expires, sig] = token.split("~");
  const expected = Buffer.from(signature(key, `${id}~${expires}`));
  const given = Buffer.from(sig ?? "");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
  return Number(expires) < now.getTime() ? "expired" : "ok";
}
