import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/**
 * Resident set size in MB of a process and the processes it started (a primary's server processes), from
 * /proc (Linux); null once it has gone.
 */
export function rssMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    if (!kb) return null;
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean);
    return children.reduce((sum, child) => sum + (rssMb(Number(child)) ?? 0), Number(kb) / 1024);
  } catch {
    return null;
  }
}

/** Samples a process's RSS ten times a second until stopped; answers the peak. */
export function rssPeak(pid: number) {
  let peak = rssMb(pid) ?? 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid) ?? 0);
  }, 100);
  return () => {
    clearInterval(timer);
    return Math.max(peak, rssMb(pid) ?? 0);
  };
}

export interface Served {
  url: string;
  pid: number;
  /** From spawn to the first 200 of the ready URL. */
  startMs: number;
  stop(): Promise<void>;
}

/**
 * Starts a Node server on a loopback port and waits until `readyPath` answers 200. Output goes to
 * `logFile`, so a failure can be read afterwards; a server that is not up within `timeoutMs` is killed.
 */
export async function startServer(opts: {
  script: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  readyPath: string;
  logFile: string;
  timeoutMs?: number;
  nodeArgs?: string[];
}): Promise<Served> {
  const port = await freePort();
  const log = fs.openSync(opts.logFile, "w");
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...(opts.nodeArgs ?? []), opts.script, ...(opts.args ?? [])],
    {
      env: { ...opts.env, PORT: String(port), HOST: "127.0.0.1" },
      stdio: ["ignore", log, log],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${opts.script} exited early; see ${opts.logFile}`);
    try {
      const res = await fetch(url + opts.readyPath);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${opts.script} was not ready in time; see ${opts.logFile}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const startMs = performance.now() - started;
  return {
    url,
    pid: child.pid ?? 0,
    startMs,
    async stop() {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      fs.closeSync(log);
    },
  };
}
