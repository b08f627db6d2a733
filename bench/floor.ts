/**
 * The floor's entry point (the server itself is floor-server.ts). With WORKERS > 1 it runs as many processes
 * on one port as ours does (src/server/primary.ts), so that a share of the floor and a p99 against the
 * floor's compare like with like: two processes share the cores, and on SQLite they write through one file
 * lock, on PostgreSQL they queue on the same rows, ours and the floor alike.
 */
import cluster from "node:cluster";
import { loadConfig } from "../src/server/config.ts";

const { workers } = loadConfig();
if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  const stop = () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
} else {
  await import("./floor-server.ts");
}
