import { createHash, randomBytes } from "node:crypto";
import type { Config } from "../config.ts";
import { compiledOnce } from "../db/compiled-once.ts";
import type { Db } from "../db/database.ts";
import type { LiveBus } from "../live/bus.ts";
import { orgUnitColumns, toOrgUnit } from "../org/store.ts";
import { SessionCache } from "./session-cache.ts";
import type { SessionUser } from "./session-user.ts";

export const SESSION_COOKIE = "bulwark_session";

/** Sessions are touched at most this often, so reading pages does not turn into a write per request. */
const TOUCH_INTERVAL_MS = 60_000;

const tokenId = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(db: Db, userId: number, now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const at = now.toISOString();
  await db
    .insertInto("sessions")
    .values({ id: tokenId(token), user_id: userId, created_at: at, last_seen_at: at })
    .execute();
  return token;
}

/** Every request's first query, built once (compiledOnce): building it cost more than running it. */
const sessionLookup = compiledOnce((db, id: string) =>
  db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .innerJoin("org_units", "org_units.id", "users.org_unit_id")
    .select([
      "sessions.last_seen_at",
      "users.id as user_id",
      "users.username",
      "users.display_name",
      "users.role",
    ])
    .select(["users.disabled_at", "users.password_change_required_at", ...orgUnitColumns])
    .where("sessions.id", "=", id),
);

type SessionRow = Awaited<ReturnType<typeof sessionLookup>>[number];

/** This instance's cache of session rows (see session-cache.ts). */
export type Sessions = SessionCache<SessionRow>;

export const sessionCache = (config: Config, bus: LiveBus): Sessions =>
  new SessionCache({ ttlSeconds: config.sessionCacheSeconds, ceiling: config.sessionCacheSize, bus });

/**
 * The user behind a session token, or null when it is unknown, idle too long, or the user is disabled. The row
 * comes from `sessions` when this instance read it in the last few seconds; every check runs on it as on a
 * row just read.
 */
export async function resumeSession(
  db: Db,
  sessions: Sessions,
  token: string,
  now: Date,
  idleMinutes: number,
  ip: string,
): Promise<SessionUser | null> {
  const id = tokenId(token);
  let row = sessions.get(id);
  if (!row) {
    const mark = sessions.mark();
    [row] = await sessionLookup(db, id);
    if (!row) return null;
    sessions.set(id, row.user_id, row, mark);
  }
  const idleMs = now.getTime() - new Date(row.last_seen_at).getTime();
  if (idleMs > idleMinutes * 60_000 || row.disabled_at !== null) {
    sessions.delete(id);
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return null;
  }
  let lastSeenAt = row.last_seen_at;
  if (idleMs > TOUCH_INTERVAL_MS) {
    lastSeenAt = now.toISOString();
    await db.updateTable("sessions").set({ last_seen_at: lastSeenAt }).where("id", "=", id).execute();
    sessions.update(id, { ...row, last_seen_at: lastSeenAt });
  }
  return {
    id: row.user_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    orgUnit: toOrgUnit(row),
    sessionId: id,
    lastSeenAt,
    ip,
    mustChangePassword: row.password_change_required_at !== null,
  };
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Removes sessions idle past the limit; run now and then so the table does not grow without end. */
export async function purgeIdleSessions(db: Db, now: Date, idleMinutes: number): Promise<void> {
  const cutoff = new Date(now.getTime() - idleMinutes * 60_000).toISOString();
  await db.deleteFrom("sessions").where("last_seen_at", "<", cutoff).execute();
}
