import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: ChildProcess | undefined;
let dataDir: string | undefined;

/**
 * Builds the web app into a directory of this run's own (so that a build elsewhere cannot pull files from
 * under its pages) and serves it from a real server on a fresh SQLite file with the demo tree and users
 * (DEMO_DATA=minimal: the tests count the records they create; the sample records are tested through the API).
 */
export async function setup(project: TestProject) {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-e2e-"));
  const webRoot = path.join(dataDir, "web");
  const vite = [
    "node_modules/vite/bin/vite.js",
    "build",
    "--logLevel",
    "warn",
    "--outDir",
    webRoot,
    "--emptyOutDir",
  ];
  execFileSync(process.execPath, vite, { stdio: "inherit" });
  const port = 3100 + Math.floor(Math.random() * 800);
  server = spawn(process.execPath, ["src/server/main.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      SQLITE_PATH: path.join(dataDir, "e2e.db"),
      WEB_ROOT: webRoot,
      LOG_LEVEL: "warn",
      DATABASE_URL: "",
      DEMO_DATA: "minimal",
      // The warning rules run every two seconds, so a test sees a warning without waiting ten minutes.
      WARNING_INTERVAL_SECONDS: "2",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  project.provide("baseUrl", baseUrl);
}

export async function teardown() {
  server?.kill();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
