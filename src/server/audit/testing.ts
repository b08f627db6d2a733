import { execFileSync } from "node:child_process";
import { sql } from "kysely";
import type { TestDatabase } from "../../../test/engines.ts";

/** Runs the real CLI against the test database, as an operator would. */
export function cliVerify(t: TestDatabase): { code: number; out: string } {
  const env = {
    ...process.env,
    DATABASE_URL: t.location.databaseUrl ?? "",
    SQLITE_PATH: t.location.sqlitePath,
  };
  try {
    const out = execFileSync(process.execPath, ["src/server/cli.ts", "audit", "verify"], {
      env,
      stdio: "pipe",
    });
    return { code: 0, out: out.toString() };
  } catch (err) {
    const e = err as { status: number; stdout: Buffer };
    return { code: e.status, out: e.stdout.toString() };
  }
}

/** What someone with database access could do behind the application's back. */
export async function dropAppendOnlyGuard(t: TestDatabase) {
  if (t.engine === "postgres") await sql`DROP TRIGGER audit_log_no_change ON audit_log`.execute(t.db);
  else {
    await sql`DROP TRIGGER audit_log_no_update`.execute(t.db);
    await sql`DROP TRIGGER audit_log_no_delete`.execute(t.db);
  }
}
