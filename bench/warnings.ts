/**
 * One evaluation of every early-warning rule on the seeded database (bench/seed.ts), the work of each
 * warnings tick on the scheduler:
 *
 *   node bench/warnings.ts            # SQLITE_PATH / DATABASE_URL as for the server; --runs 5
 *
 * A first tick opens the warnings the seeded history holds; then each of --runs ticks, ten minutes apart,
 * reads the rules' inputs (thirteen weeks of complaints, thirty days of counter exceptions, a week of pushed
 * figures), evaluates the rules and writes what changed, all in one transaction that is rolled back, so the
 * database is left as it was. With --signals, each outlet first gets a day of queue readings every ten
 * minutes and a week of withdrawals every hour (rolled back with the rest). The budget is one second per
 * tick at 2,000 outlets and 1,000,000 complaints (issue #19). With --backtest, it also times an
 * administrator's 90-day backtest of the outlet spike rule (read only).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { conditionsAt, lookbackOf } from "../src/domain/warnings/conditions.ts";
import { loadConfig } from "../src/server/config.ts";
import { openDatabase } from "../src/server/db/database.ts";
import { backtestRule } from "../src/server/warnings/backtest.ts";
import { evaluateWarnings } from "../src/server/warnings/evaluate.ts";
import { loadFacts } from "../src/server/warnings/facts.ts";
import { loadRuleSettings } from "../src/server/warnings/settings.ts";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    signals: { type: "boolean", default: false },
    backtest: { type: "boolean", default: false },
  },
});
const runs = Math.max(1, Number(args.runs));
const config = { ...loadConfig(), sqlitePath: path.resolve(process.env.SQLITE_PATH || "data/bench.db") };
const db = openDatabase(config);

class Rollback extends Error {}

const openWarnings = async (trx: Parameters<typeof evaluateWarnings>[0]) => {
  const row = await trx
    .selectFrom("warnings")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("ended_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
};
const HOUR = 3600_000;

/** A day of queue readings and a week of withdrawals for every outlet, in the transaction. */
async function pushSignals(trx: Parameters<typeof evaluateWarnings>[0], now: number) {
  const outlets = await trx.selectFrom("org_units").select("id").where("kind", "=", "outlet").execute();
  const user = await trx.selectFrom("users").select("id").orderBy("id").executeTakeFirstOrThrow();
  const source = await trx
    .insertInto("warning_sources")
    .values({
      name: "bench",
      token_hash: `bench-${now}`,
      created_by: user.id,
      created_at: new Date(now).toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const rows = outlets.flatMap((o, i) =>
    [
      ...Array.from({ length: 144 }, (_, k) => ({
        kind: "queue_length" as const,
        at: now - k * 600_000,
        value: (i + k) % 40,
      })),
      ...Array.from({ length: 7 * 24 }, (_, k) => ({
        kind: "withdrawals" as const,
        at: now - k * HOUR,
        value: 50_000 + ((i * 7 + k) % 13) * 1000,
      })),
    ].map((s) => ({
      ...s,
      source_id: source.id,
      org_unit_id: o.id,
      at: new Date(s.at).toISOString(),
      received_at: new Date(now).toISOString(),
    })),
  );
  for (let i = 0; i < rows.length; i += 2000)
    await trx
      .insertInto("warning_signals")
      .values(rows.slice(i, i + 2000))
      .execute();
  return rows.length;
}

const timings: { load: number; rules: number; tick: number }[] = [];
let signals = 0;
let first = { tick: 0, opened: 0 };
const started = Date.now();
await db
  .transaction()
  .execute(async (trx) => {
    if (args.signals) signals = await pushSignals(trx, started);
    // The first tick on a database opens every warning its history holds: timed apart, as a one-off.
    let t = performance.now();
    await evaluateWarnings(trx, new Date(started));
    first = { tick: performance.now() - t, opened: await openWarnings(trx) };
    // Then the ticks of every ten minutes after it, which find those warnings open and only see them again.
    for (let run = 1; run <= runs; run++) {
      const now = new Date(started + run * 600_000);
      t = performance.now();
      const settings = await loadRuleSettings(trx);
      const facts = await loadFacts(trx, now, now, lookbackOf(settings));
      const load = performance.now() - t;
      t = performance.now();
      conditionsAt(facts, now.getTime(), settings);
      const rules = performance.now() - t;
      t = performance.now();
      await evaluateWarnings(trx, now);
      timings.push({ load, rules, tick: performance.now() - t });
    }
    throw new Rollback();
  })
  .catch((err) => {
    if (!(err instanceof Rollback)) throw err;
  });

const complaints = await db
  .selectFrom("complaints")
  .select((eb) => eb.fn.countAll<number>().as("n"))
  .executeTakeFirstOrThrow();
const outlets = await db
  .selectFrom("org_units")
  .select((eb) => eb.fn.countAll<number>().as("n"))
  .where("kind", "=", "outlet")
  .executeTakeFirstOrThrow();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms (max ${Math.max(...xs).toFixed(0)})`;
console.log(
  `${Number(outlets.n).toLocaleString("en")} outlets, ${Number(complaints.n).toLocaleString("en")} complaints` +
    `${signals ? `, ${signals.toLocaleString("en")} pushed figures` : ""}, ${runs} runs: ` +
    `reading the inputs ${ms(timings.map((x) => x.load))}, the rules ${ms(timings.map((x) => x.rules))}, ` +
    `a whole tick (read, rules, warnings written) ${ms(timings.map((x) => x.tick))}; ` +
    `the first tick ${first.tick.toFixed(0)} ms, opening ${first.opened} warnings`,
);
if (args.backtest) {
  const settings = await loadRuleSettings(db);
  const t = performance.now();
  const result = await backtestRule(
    db,
    "complaint_spike_outlet",
    settings.complaint_spike_outlet,
    new Date(),
  );
  console.log(
    `backtest of complaint_spike_outlet over ${result.days} days: ${(performance.now() - t).toFixed(0)} ms, ` +
      `${result.warnings} warnings at ${result.units} units`,
  );
}
await db.destroy();
