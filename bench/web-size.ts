/**
 * The JavaScript a first screen loads, gzipped: the entry of index.html with everything it imports
 * statically, plus the route's page chunk and its static imports. Lazily imported chunks (other pages,
 * charts) are not counted, since the first screen does not fetch them.
 *
 *   npx vite build --outDir /tmp/bulwark-web && node bench/web-size.ts /tmp/bulwark-web
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dir = path.resolve(process.argv[2] ?? "dist");
const assets = path.join(dir, "assets");
const html = fs.readFileSync(path.join(dir, "index.html"), "utf8");
const entry = /<script type="module"[^>]*src="\/assets\/([^"]+)"/.exec(html)?.[1];
if (!entry) throw new Error(`no module script in ${dir}/index.html`);

/** Static imports only: `import … from "./x.js"` and bare `import "./x.js"`, not `import("./x.js")`. */
function closure(start: string, into = new Set<string>()): Set<string> {
  if (into.has(start)) return into;
  into.add(start);
  const code = fs.readFileSync(path.join(assets, start), "utf8");
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g)) closure(m[1], into);
  return into;
}

const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(assets, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const shell = closure(entry);
const lines = [`| first screen | files | raw | gzipped | budget 400 KB |`, `|---|---:|---:|---:|---|`];
for (const page of ["LoginPage", "HomePage"]) {
  const chunk = fs.readdirSync(assets).find((f) => f.startsWith(`${page}-`) && f.endsWith(".js"));
  if (!chunk) throw new Error(`no ${page} chunk`);
  const files = closure(chunk, new Set(shell));
  const raw = [...files].reduce((n, f) => n + fs.statSync(path.join(assets, f)).size, 0);
  const zipped = [...files].reduce((n, f) => n + gz(f), 0);
  lines.push(
    `| ${page} | ${files.size} | ${kb(raw)} | ${kb(zipped)} | ${zipped <= 400 * 1024 ? "✅" : "❌"} |`,
  );
}
const all = fs.readdirSync(assets).filter((f) => f.endsWith(".js"));
const total = all.reduce((n, f) => n + gz(f), 0);
lines.push("", `All ${all.length} JS chunks together: ${kb(total)} gzipped (the rest loads per route).`);
console.log(lines.join("\n"));
