/**
 * The functions that used most CPU in a V8 profile (node --cpu-prof), by self time:
 *   node bench/lib/profile-top.ts data/bench-logs/profiles/CPU.….cpuprofile [count]
 */
import fs from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const profile = JSON.parse(fs.readFileSync(process.argv[2], "utf8")) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const f = byId.get(id)?.callFrame;
  const us = profile.timeDeltas[i] ?? 0;
  total += us;
  const key = `${f?.functionName || "(anonymous)"} ${f?.url.split("/").slice(-3).join("/")}:${(f?.lineNumber ?? 0) + 1}`;
  self.set(key, (self.get(key) ?? 0) + us);
});
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 20))) {
  console.log(
    `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`,
  );
}
