/**
 * Compliance matcher benchmark: how long one check of a text takes against a rule set, and how that time
 * grows with the text's length and the number of rules. Run with `node bench/compliance.ts` (or
 * `npm run bench:compliance`); results are printed and written to bench/results/<date>-compliance.md.
 * Pass `--strict` to exit 1 when the target (10,000 characters × 2,000 rules under 2 ms) is missed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_RULES } from "../src/domain/compliance/default-rules.ts";
import { checkText, compileRules, type RuleSpec } from "../src/domain/compliance/matcher.ts";

const TARGET_MS = 2;

/** Deterministic pseudo-random numbers (mulberry32), so every run checks the same texts. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Rules and text draw on the same 600 characters, so that the automaton keeps entering and leaving partial
// matches: harder than real copy, where most characters occur in no rule at all.
const rand = random(2026);
const POOL = Array.from({ length: 600 }, (_, i) => String.fromCharCode(0x4e00 + i * 37));
const pick = () => POOL[Math.floor(rand() * POOL.length)];
const phrase = (min: number, max: number) =>
  Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, pick).join("");

function ruleSet(count: number): RuleSpec[] {
  const rules = DEFAULT_RULES.slice(0, count);
  for (let i = rules.length; i < count; i++) {
    rules.push({
      id: `bench.r${i}`,
      kind: "banned_claim",
      severity: i % 3 === 0 ? "error" : "warning",
      appliesTo: ["marketing"],
      materialTypes: null,
      patterns: [`${phrase(2, 5)}|${phrase(3, 6)}`],
      allow: i % 10 === 0 ? [phrase(4, 6)] : [],
      mentions: [],
      negatable: true,
      source: "bench",
      message: "m",
      suggestion: "s",
    });
  }
  return rules;
}

const COPY =
  "“安盈”系列理财产品，保本高收益，稳 赚 不 赔！业绩比较基准 3.2%–3.8%。理財非存款，產品有風險，投資須謹慎。";

function text(length: number): string {
  let out = "";
  while (out.length < length) out += rand() < 0.3 ? COPY : `${phrase(20, 60)}，`;
  return out.slice(0, length);
}

interface Timing {
  /** Mean CPU time of this thread per check: what the matcher costs, without waiting for the core. */
  cpuMs: number;
  medianMs: number;
  p95Ms: number;
  findings: number;
}

function time(rules: RuleSpec[], input: string): Timing {
  const compiled = compileRules(rules);
  const ctx = { kind: "marketing", materialType: "wealth_product" } as const;
  const budgetMs = 400;
  let findings = 0;
  for (let i = 0; i < 20; i++) findings = checkText(compiled, input, ctx).length; // warm-up and JIT
  const samples: number[] = [];
  // The thread's CPU clock ticks too coarsely for one check; over the whole batch it is exact enough.
  const cpu0 = process.threadCpuUsage();
  const started = performance.now();
  while (samples.length < 30 || (performance.now() - started < budgetMs && samples.length < 2000)) {
    const t0 = performance.now();
    checkText(compiled, input, ctx);
    samples.push(performance.now() - t0);
  }
  const cpu = process.threadCpuUsage(cpu0);
  samples.sort((a, b) => a - b);
  return {
    cpuMs: (cpu.user + cpu.system) / 1000 / samples.length,
    medianMs: samples[Math.floor(samples.length / 2)],
    p95Ms: samples[Math.floor(samples.length * 0.95)],
    findings,
  };
}

function compileMs(rules: RuleSpec[]): number {
  const t0 = performance.now();
  compileRules(rules);
  return performance.now() - t0;
}

const fmt = (ms: number) => ms.toFixed(3);
const lines: string[] = [];
const out = (line = "") => {
  lines.push(line);
  console.log(line);
};

/** A Markdown table of right-aligned numbers, padded as the repository's formatter lays tables out. */
function table(headers: string[], rows: string[][]) {
  const widths = headers.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(" | ")} |`;
  out(line(headers));
  out(`| ${widths.map((w) => `${"-".repeat(w - 1)}:`).join(" | ")} |`);
  for (const r of rows) out(line(r));
}

const date = new Date().toISOString().slice(0, 10);
out(`# Compliance matcher benchmark, ${date}`);
out();
out(
  `Machine: ${os.cpus()[0]?.model ?? "unknown CPU"} (${os.cpus().length} cores), Node ${process.version}, ` +
    `${os.platform()} ${os.arch()}; load average ${os.loadavg()[0].toFixed(1)} at the start (other work on ` +
    "the machine shows in the p95 column first).",
);
out(
  "One check runs on one core (the matcher is synchronous). Times per check, rule set compiled beforehand.",
);
out();

const headline = time(ruleSet(2000), text(10_000));
const pass = headline.medianMs < TARGET_MS;
out(`## Target: 10,000 characters × 2,000 rules under ${TARGET_MS} ms`);
out();
out(
  `Median ${fmt(headline.medianMs)} ms (CPU ${fmt(headline.cpuMs)} ms), p95 ${fmt(headline.p95Ms)} ms, ${headline.findings} findings: **${pass ? "met" : "MISSED"}**.`,
);
out();

out("## Time against text length (2,000 rules)");
out();
const rules2000 = ruleSet(2000);
const byLength: string[][] = [];
for (const length of [1_000, 2_500, 5_000, 10_000, 20_000, 40_000, 80_000, 160_000]) {
  const r = time(rules2000, text(length));
  const perThousand = ((r.cpuMs * 1000) / (length / 1000)).toFixed(1);
  byLength.push([
    length.toLocaleString("en"),
    fmt(r.medianMs),
    fmt(r.p95Ms),
    fmt(r.cpuMs),
    perThousand,
    `${r.findings}`,
  ]);
}
table(["characters", "median ms", "p95 ms", "CPU ms", "CPU µs per 1,000 characters", "findings"], byLength);
out();

out("## Time against rule count (10,000 characters)");
out();
const sample = text(10_000);
const byRules: string[][] = [];
for (const count of [25, 100, 500, 1_000, 2_000, 4_000, 8_000, 16_000]) {
  const rules = ruleSet(count);
  const r = time(rules, sample);
  byRules.push([
    count.toLocaleString("en"),
    fmt(r.medianMs),
    fmt(r.p95Ms),
    fmt(r.cpuMs),
    fmt(compileMs(rules)),
    `${r.findings}`,
  ]);
}
table(["rules", "median ms", "p95 ms", "CPU ms", "compile ms", "findings"], byRules);
out();
out(
  "Check time grows in proportion to the text (constant CPU µs per 1,000 characters) and hardly with the number " +
    "of rules: the automaton reads each character once whatever the rule count; more rules only mean more " +
    "findings to report and a larger (one-off) compile. Wall-clock medians of long texts also include waiting " +
    "for the core when the machine is busy; the CPU column does not.",
);

const dir = path.join(import.meta.dirname, "results");
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `${date}-compliance.md`);
fs.writeFileSync(file, `${lines.join("\n")}\n`);
console.log(`\nWritten to ${path.relative(process.cwd(), file)}`);
if (!pass && process.argv.includes("--strict")) process.exit(1);
