import { conditionsAt, lookbackOf, type RuleSettings } from "../../domain/warnings/conditions.ts";
import { type Episode, reconcile } from "../../domain/warnings/episodes.ts";
import { DEFAULT_THRESHOLDS } from "../../domain/warnings/thresholds.ts";
import { DAY_MS, WARNING_RULES, type WarningRule } from "../../domain/warnings/vocabulary.ts";
import type { Db } from "../db/database.ts";
import { loadFacts } from "./facts.ts";

const DAYS = 90;
/** Figures pushed from outside and talk online change within the hour; counts of records by the day. */
const STEP_MS: Partial<Record<WarningRule, number>> = {
  queue_pressure: 600_000,
  withdrawal_surge: 3600_000,
  mention_surge: 3600_000,
};

/**
 * How often `rule` with `setting` would have warned over the last 90 days of real data: the ticks replayed
 * over the stored records, episodes and quiet times as the scheduler keeps them, nothing written.
 */
export async function backtestRule<R extends WarningRule>(
  db: Db,
  rule: R,
  setting: RuleSettings[R],
  now: Date,
) {
  const start = now.getTime() - DAYS * DAY_MS;
  const settings = Object.fromEntries(
    WARNING_RULES.map((r) => [r, { enabled: false, thresholds: DEFAULT_THRESHOLDS[r] }]),
  ) as unknown as RuleSettings;
  settings[rule] = setting;
  const facts = await loadFacts(db, new Date(start), now, lookbackOf(settings));
  const step = STEP_MS[rule] ?? DAY_MS;
  const active = new Map<string, Episode>();
  const byDay = new Map<string, number>();
  const units = new Set<number>();
  let warnings = 0;
  for (let at = start + step; at <= now.getTime(); at += step) {
    const conditions = conditionsAt(facts, at, settings);
    const { open, seen, ended } = reconcile(conditions, [...active.values()], at);
    for (const e of ended) active.delete(e.subjectKey);
    for (const e of seen) e.lastSeenAt = at;
    for (const c of open) {
      active.set(c.subjectKey, { id: 0, rule, subjectKey: c.subjectKey, level: c.level, lastSeenAt: at });
      const day = new Date(at).toISOString().slice(0, 10);
      byDay.set(day, (byDay.get(day) ?? 0) + 1);
      units.add(c.orgUnitId);
      warnings++;
    }
  }
  return {
    rule,
    days: DAYS,
    warnings,
    units: units.size,
    byDay: [...byDay].map(([day, opened]) => ({ day, opened })),
  };
}
