import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

it("the server's modules leave exceljs unloaded until the first export (0.4 s of a start)", () => {
  const app = path.resolve(import.meta.dirname, "../app.ts");
  const loaded = execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { createRequire } from "node:module";
       await import(${JSON.stringify(app)});
       const cache = createRequire(import.meta.url).cache;
       console.log(Object.keys(cache).some((file) => file.includes("/node_modules/exceljs/")));`,
    ],
    { encoding: "utf8" },
  );
  expect(loaded.trim()).toBe("false");
});
