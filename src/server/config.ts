import path from "node:path";
import { DEFAULT_HORIZON_DAYS } from "../domain/common/plausibility.ts";

/** Every setting the server reads from the environment, read here once. The README lists them. */
export interface Config {
  port: number;
  host: string;
  /** postgres://… selects PostgreSQL; otherwise the SQLite file at sqlitePath is used. */
  databaseUrl: string | null;
  sqlitePath: string;
  sessionIdleMinutes: number;
  timeZone: string;
  logLevel: string;
  /** Send cookies with the Secure flag; turn on behind HTTPS. */
  cookieSecure: boolean;
  /** Fill an empty database on start: the demo tree, users and sample records; only the tree and users; nothing. */
  demoData: "full" | "minimal" | "off";
  /** Built web app to serve; null serves the API only. */
  webRoot: string | null;
  /** How often the deadline scheduler looks for due items. */
  schedulerIntervalSeconds: number;
  /** Complaint clock conventions (民法典 §201, §203; unverified for complaints, so settings, default on). */
  complaintExcludeStartDay: boolean;
  complaintShiftOffHolidays: boolean;
  /** How many days back a received or occurred time may lie (default: the three-year retention). */
  recordHorizonDays: number;
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
    timeZone,
    logLevel: env.LOG_LEVEL || "info",
    cookieSecure: flag(env, "COOKIE_SECURE", false),
    demoData: demoData(env.DEMO_DATA),
    webRoot: path.resolve(env.WEB_ROOT || "dist"),
    schedulerIntervalSeconds: integer(env, "SCHEDULER_INTERVAL_SECONDS", 5, 1),
    complaintExcludeStartDay: flag(env, "COMPLAINT_EXCLUDE_START_DAY", true),
    complaintShiftOffHolidays: flag(env, "COMPLAINT_SHIFT_OFF_HOLIDAYS", true),
    recordHorizonDays: integer(env, "RECORD_HORIZON_DAYS", DEFAULT_HORIZON_DAYS, 1),
  };
}
