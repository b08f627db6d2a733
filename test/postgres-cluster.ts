import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { makeTemplates } from "./templates.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Admin URL of a PostgreSQL server the API tests may create databases on; null skips them. */
    postgresUrl: string | null;
  }
}

const PG_BIN_CANDIDATES = [
  "/usr/lib/postgresql/17/bin",
  "/usr/lib/postgresql/16/bin",
  "/usr/lib/postgresql/15/bin",
];

let dataDir: string | undefined;
let dropTemplates: (() => Promise<void>) | undefined;
let pgCtl: string | undefined;
let runAs: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Runs a PostgreSQL binary, as the `postgres` user when we are root (PostgreSQL refuses to run as root). */
function pg(bin: string, args: string[]) {
  const [cmd, ...rest] = runAs.length ? [...runAs, bin, ...args] : [bin, ...args];
  execFileSync(cmd, rest, { stdio: ["ignore", "ignore", "inherit"] });
}

/**
 * Gives the API tests a PostgreSQL server: DATABASE_URL when set, else a throw-away cluster in a temp
 * directory when the binaries are installed. Without either the PostgreSQL half of the suite is skipped,
 * loudly; under CI=true that is an error, because both engines must pass.
 */
export async function setup(project: TestProject) {
  if (process.env.DATABASE_URL?.startsWith("postgres")) {
    await serve(project, process.env.DATABASE_URL);
    return;
  }
  const binDir = PG_BIN_CANDIDATES.find((d) => fs.existsSync(path.join(d, "initdb")));
  if (!binDir) {
    const message =
      "PostgreSQL API tests SKIPPED: no DATABASE_URL and no PostgreSQL binaries in /usr/lib/postgresql";
    if (process.env.CI === "true") throw new Error(message);
    console.warn(`\n*** ${message} ***\n`);
    await serve(project, null);
    return;
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-pg-"));
  fs.chmodSync(dataDir, 0o777);
  // runuser lives in /usr/sbin, which a non-login shell's PATH may lack.
  const runuser =
    ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].find((p) => fs.existsSync(p)) ?? "runuser";
  runAs = process.getuid?.() === 0 ? [runuser, "-u", "postgres", "--"] : [];
  if (runAs.length) execFileSync("chown", ["postgres", dataDir]);
  const port = await freePort();
  const cluster = path.join(dataDir, "cluster");
  pg(path.join(binDir, "initdb"), [
    "-D",
    cluster,
    "-U",
    "postgres",
    "--auth=trust",
    "--no-sync",
    "-E",
    "UTF8",
    "--locale=C",
  ]);
  pgCtl = path.join(binDir, "pg_ctl");
  const options = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  pg(pgCtl, ["-D", cluster, "-o", options, "-l", path.join(dataDir, "log"), "-w", "start"]);
  await serve(project, `postgres://postgres@127.0.0.1:${port}/postgres`);
}

/** Hands the tests the server, and each engine's migrated template (test/templates.ts). */
async function serve(project: TestProject, postgresUrl: string | null) {
  project.provide("postgresUrl", postgresUrl);
  const made = await makeTemplates(postgresUrl);
  project.provide("templates", made.templates);
  dropTemplates = made.drop;
}

export async function teardown() {
  await dropTemplates?.();
  if (!dataDir || !pgCtl) return;
  pg(pgCtl, ["-D", path.join(dataDir, "cluster"), "-m", "immediate", "stop"]);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
