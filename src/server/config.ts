import net from "node:net";
import os from "node:os";
import path from "node:path";
import { DEFAULT_HORIZON_DAYS } from "../domain/common/plausibility.ts";
import { type PersonalDataKey, parseKeys } from "./personal-data/vault.ts";

/** Every setting the server reads from the environment, read here once. The README lists them. */
export interface Config {
  port: number;
  host: string;
  /** postgres://… selects PostgreSQL; otherwise the SQLite file at sqlitePath is used. */
  databaseUrl: string | null;
  sqlitePath: string;
  sessionIdleMinutes: number;
  /** Seconds an instance may keep a signed-in session in memory (0: read it at every request), at most 10. */
  sessionCacheSeconds: number;
  /** How many sessions an instance keeps in memory at most. */
  sessionCacheSize: number;
  timeZone: string;
  logLevel: string;
  /** Send cookies with the Secure flag; turn on behind HTTPS. */
  cookieSecure: boolean;
  /** Fill an empty database on start: the demo tree, users and sample records; only the tree and users; nothing. */
  demoData: "full" | "minimal" | "off";
  /** Built web app to serve; null serves the API only. */
  webRoot: string | null;
  /** Server processes on one port (node:cluster): the cores in production, 1 in development. */
  workers: number;
  /** How often the deadline scheduler looks for due items. */
  schedulerIntervalSeconds: number;
  /** How often the early-warning rules are evaluated (a run on the deadline scheduler). */
  warningIntervalSeconds: number;
  /** Complaint clock conventions (民法典 §201, §203; unverified for complaints, so settings, default on). */
  complaintExcludeStartDay: boolean;
  complaintShiftOffHolidays: boolean;
  /** How many days back a received or occurred time may lie (default: the three-year retention). */
  recordHorizonDays: number;
  /** Failed sign-ins allowed per client address, and per username, in one window before 429. */
  loginLimitPerAddress: number;
  loginLimitPerUsername: number;
  loginLimitWindowMinutes: number;
  /**
   * Proxies whose X-Forwarded-For is believed (addresses or CIDRs); empty trusts none, so the client address
   * in the audit log is the socket's peer.
   */
  trustProxy: string[];
  /** Bearer token that /metrics asks for; without one, /metrics does not exist (404). */
  metricsToken: string | null;
  /** Serve /docs and /docs/json to anyone; by default only signed-in users see the API description. */
  docsPublic: boolean;
  /** Years after closing that a complaint's or counter exception's personal data is kept (default 3). */
  retentionYears: number;
  /** AES-256-GCM keys for personal data at rest, the current one first (PERSONAL_DATA_KEY, …_OLD_KEYS). */
  personalDataKeys: PersonalDataKey[];
  /** Where the web app is reached from outside (PUBLIC_URL): the links in robot, SMS and e-mail notices. */
  publicUrl: string;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!["true", "false", "1", "0"].includes(raw))
    throw new Error(`${name} must be true or false, got "${raw}"`);
  return raw === "true" || raw === "1";
}

function demoData(raw: string | undefined): Config["demoData"] {
  if (raw === undefined || raw === "" || raw === "true" || raw === "1") return "full";
  if (raw === "false" || raw === "0") return "off";
  if (raw === "minimal") return "minimal";
  throw new Error(`DEMO_DATA must be true, minimal or false, got "${raw}"`);
}

/** Names proxy-addr (Fastify's trustProxy) knows for whole address ranges. */
const PROXY_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

function proxyList(env: NodeJS.ProcessEnv): string[] {
  const entries = (env.TRUST_PROXY ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split("/");
    const family = net.isIP(address);
    const prefixOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!PROXY_RANGES.has(entry) && (!family || !prefixOk || rest.length))
      throw new Error(`TRUST_PROXY must list addresses or CIDRs separated by commas, got "${entry}"`);
  }
  return entries;
}

function publicUrl(env: NodeJS.ProcessEnv, port: number): string {
  const raw = env.PUBLIC_URL || `http://localhost:${port}`;
  if (!/^https?:\/\//.test(raw) || !URL.canParse(raw))
    throw new Error(`PUBLIC_URL must be an http(s) address, got "${raw}"`);
  return raw;
}

function metricsToken(env: NodeJS.ProcessEnv): string | null {
  const token = env.METRICS_TOKEN;
  if (!token) return null;
  if (token.length < 16) throw new Error("METRICS_TOKEN must be at least 16 characters");
  return token;
}

/**
 * A cached session outlives its invalidation only if a NOTIFY is lost without the listener noticing; the
 * ceiling keeps that window to seconds.
 */
function sessionCacheSeconds(env: NodeJS.ProcessEnv): number {
  const seconds = integer(env, "SESSION_CACHE_SECONDS", 5, 0);
  if (seconds > 10) throw new Error(`SESSION_CACHE_SECONDS must be at most 10, got "${seconds}"`);
  return seconds;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const timeZone = env.BULWARK_TIME_ZONE || "Asia/Shanghai";
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new Error(`BULWARK_TIME_ZONE is not a known time zone: "${timeZone}"`);
  }
  return {
    port: integer(env, "PORT", 3000, 0),
    host: env.HOST || "0.0.0.0",
    databaseUrl: env.DATABASE_URL || null,
    sqlitePath: path.resolve(env.SQLITE_PATH || "data/bulwark.db"),
    sessionIdleMinutes: integer(env, "SESSION_IDLE_MINUTES", 30, 1),
    sessionCacheSeconds: sessionCacheSeconds(env),
    sessionCacheSize: integer(env, "SESSION_CACHE_SIZE", 10_000, 0),
    timeZone,
    logLevel: env.LOG_LEVEL || "info",
    cookieSecure: flag(env, "COOKIE_SECURE", false),
    demoData: demoData(env.DEMO_DATA),
    webRoot: path.resolve(env.WEB_ROOT || "dist"),
    workers: integer(env, "WORKERS", env.NODE_ENV === "production" ? os.availableParallelism() : 1, 1),
    schedulerIntervalSeconds: integer(env, "SCHEDULER_INTERVAL_SECONDS", 5, 1),
    warningIntervalSeconds: integer(env, "WARNING_INTERVAL_SECONDS", 600, 1),
    complaintExcludeStartDay: flag(env, "COMPLAINT_EXCLUDE_START_DAY", true),
    complaintShiftOffHolidays: flag(env, "COMPLAINT_SHIFT_OFF_HOLIDAYS", true),
    recordHorizonDays: integer(env, "RECORD_HORIZON_DAYS", DEFAULT_HORIZON_DAYS, 1),
    loginLimitPerAddress: integer(env, "LOGIN_LIMIT_PER_ADDRESS", 30, 1),
    loginLimitPerUsername: integer(env, "LOGIN_LIMIT_PER_USERNAME", 10, 1),
    loginLimitWindowMinutes: integer(env, "LOGIN_LIMIT_WINDOW_MINUTES", 15, 1),
    trustProxy: proxyList(env),
    metricsToken: metricsToken(env),
    docsPublic: flag(env, "DOCS_PUBLIC", false),
    retentionYears: integer(env, "RETENTION_YEARS", 3, 3),
    personalDataKeys: parseKeys(env.PERSONAL_DATA_KEY, env.PERSONAL_DATA_OLD_KEYS),
    publicUrl: publicUrl(env, integer(env, "PORT", 3000, 0)),
  };
}
