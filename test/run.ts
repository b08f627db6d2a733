/**
 * `npm test`: the two Vitest projects as two processes side by side. In one process Vitest runs a project
 * without file parallelism (the browser tests, which share one server) as a group of its own after the
 * others, so the halves could not overlap; here the browser journeys, which mostly wait on Chromium and
 * the server, run while the API files keep the other core busy. Arguments (a file, `-t`, `--project`) run
 * one plain `vitest run` with them instead. Ends with one line "N passed, N failed[, N skipped]".
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";

const vitest = path.join("node_modules", "vitest", "vitest.mjs");
const args = process.argv.slice(2);

if (args.length) {
  const child = spawn(process.execPath, [vitest, "run", ...args], { stdio: "inherit" });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  fs.mkdirSync("test-results", { recursive: true });
  const projects = ["unit-api", "e2e"];
  const codes = await Promise.all(projects.map(runProject));
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const project of projects) {
    const report = readReport(project);
    if (!report) {
      console.error(`[${project}] wrote no report: counted as one failure`);
      failed += 1;
      continue;
    }
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  }
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(codes.some((c) => c !== 0) ? 1 : 0);
}

/** Runs one project, its lines prefixed with its name so that the two streams stay readable. */
function runProject(project: string): Promise<number> {
  const report = reportPath(project);
  fs.rmSync(report, { force: true });
  const child = spawn(
    process.execPath,
    [
      vitest,
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    readline.createInterface({ input: stream }).on("line", (line) => out.write(`[${project}] ${line}\n`));
  }
  // "close", not "exit": the last lines are through the pipes by then.
  return new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
}

function reportPath(project: string) {
  return path.join("test-results", `vitest-${project}.json`);
}

type Report = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
};

function readReport(project: string): Report | null {
  try {
    return JSON.parse(fs.readFileSync(reportPath(project), "utf8"));
  } catch {
    return null;
  }
}
