/**
 * Each filter of the "complaints, filtered" scenario alone, at each level of the tree: the scenario reports
 * one figure for the four, which hides a slow one (bench/README.md, "The slow filter").
 *
 *   node bench/filters.ts          # SQLITE_PATH / DATABASE_URL as for the server; read only
 *
 * Prints the median of seven first pages of each filter, after one to warm the caches, in milliseconds.
 */
import path from "node:path";
import { listComplaintsQuery } from "../src/domain/complaints/schema.ts";
import { listComplaintRows } from "../src/server/complaints/store.ts";
import { loadConfig } from "../src/server/config.ts";
import { openDatabase } from "../src/server/db/database.ts";
import { COMPLAINT_FILTERS } from "./scenarios.ts";

const config = { ...loadConfig(), sqlitePath: path.resolve(process.env.SQLITE_PATH || "data/bench.db") };
const db = openDatabase(config);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const units = await db.selectFrom("org_units").select(["path", "name"]).orderBy("id").execute();
const LEVELS = ["head office", "branch", "sub-branch", "outlet"];
// The first unit at each depth: /1/ is the head office, /1/b/ a branch, and so on.
const levels = LEVELS.map((label, depth) => {
  const unit = units.find((u) => u.path.split("/").length - 2 === depth + 1);
  if (!unit) throw new Error(`no ${label} in the org tree: seed with npm run bench:seed`);
  return { label, unit };
});

const now = new Date();
console.log(`| filter | ${LEVELS.join(" | ")} |`);
console.log(`| --- | ${LEVELS.map(() => "---:").join(" | ")} |`);
for (const query of COMPLAINT_FILTERS) {
  const filter = { ...listComplaintsQuery.parse(Object.fromEntries(new URLSearchParams(query))), limit: 20 };
  const cells: string[] = [];
  for (const { unit } of levels) {
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      const t = performance.now();
      await listComplaintRows(db, unit.path, filter, now);
      if (i > 0) times.push(performance.now() - t);
    }
    cells.push(median(times).toFixed(1));
  }
  console.log(
    `| ${query.replace(/receivedFrom=[^&]+/, "receivedFrom=(90 days ago)")} | ${cells.join(" | ")} |`,
  );
}
await db.destroy();
