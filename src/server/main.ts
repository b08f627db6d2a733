/**
 * The server's entry point. Node keeps the modules it compiled (TypeScript stripped, V8 code) in a cache on
 * disk and reuses them at the next start: loading the modules is nearly all of a start (bench/README.md,
 * "Where the budgets are missed, and why", "Start-up"). The cache is Node's own: in NODE_COMPILE_CACHE when
 * set, else in the system's temporary directory; a changed file is compiled afresh.
 */
import module from "node:module";

module.enableCompileCache();
// WORKERS > 1: this process starts the server processes (primary.ts); each of them loads serve.ts.
const { default: cluster } = await import("node:cluster");
const { loadConfig } = await import("./config.ts");
await import(cluster.isPrimary && loadConfig().workers > 1 ? "./primary.ts" : "./serve.ts");
