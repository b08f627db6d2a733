import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

// Loaded at their first use, not at every start, whose time is mostly loading modules (bench/README.md).
it("the server's modules leave exceljs, feedsmith and nodemailer unloaded until first used", () => {
  // What serve.ts loads before it listens: the routes and the runtime (scheduler, outbox and its channels).
  const modules = ["app.ts", "runtime.ts"].map((m) => JSON.stringify(path.resolve(import.meta.dirname, m)));
  const loaded = execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import module from "node:module";
       const urls = new Set();
       module.registerHooks({ resolve: (specifier, context, next) => { const r = next(specifier, context); urls.add(r.url); return r; } });
       for (const m of [${modules.join(", ")}]) await import(m);
       const lazy = ["exceljs", "feedsmith", "nodemailer"];
       console.log(JSON.stringify(lazy.filter((p) => [...urls].some((u) => u.includes("/node_modules/" + p + "/")))));`,
    ],
    { encoding: "utf8" },
  );
  expect(JSON.parse(loaded)).toEqual([]);
});
