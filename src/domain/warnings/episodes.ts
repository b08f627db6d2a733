import { DAY_MS, levelRank, type WarningLevel, type WarningRule } from "./vocabulary.ts";

/** A rule's finding at one tick: this subject (an outlet, a person, a complaint) is in trouble now. */
export interface Condition {
  rule: WarningRule;
  /** What the condition is about, stable from tick to tick (`unit:12`, `unit:12|cat:loan`). */
  subjectKey: string;
  orgUnitId: number;
  level: WarningLevel;
  /** The figures behind it, shown with the warning (counts, expected, reasons). */
  facts: Record<string, string | number | boolean>;
}

/** A warning whose condition has not yet cleared: the episode is still going on. */
export interface Episode {
  id: number;
  rule: WarningRule;
  subjectKey: string;
  level: WarningLevel;
  /** The last tick at which its condition held (ms). */
  lastSeenAt: number;
}

/**
 * How long a condition must stay away before its episode ends. A count that hovers at its threshold
 * comes and goes from tick to tick; without this quiet time each return would be a new warning. Counts
 * over a week need a week; a queue empties within hours.
 */
export const QUIET_MS: Record<WarningRule, number> = {
  complaint_spike_outlet: 7 * DAY_MS,
  complaint_spike_category: 7 * DAY_MS,
  repeat_complainant: 7 * DAY_MS,
  sensitive_complaint: 0,
  counter_exception_pattern: 7 * DAY_MS,
  queue_pressure: 2 * 3600_000,
  withdrawal_surge: DAY_MS,
  mention_surge: DAY_MS,
};

const keyOf = (x: { rule: string; subjectKey: string }) => `${x.rule}\u0000${x.subjectKey}`;

/**
 * What a tick at `now` changes: a condition without an episode opens one (a warning); an episode whose
 * condition has stayed away for its quiet time ends (the next firing is a new warning); a condition graver
 * than its episode raises its level; the episodes whose condition holds are `seen`. A condition that goes
 * on changes nothing else, so nobody is told twice of the same trouble.
 */
export function reconcile(conditions: readonly Condition[], active: readonly Episode[], now: number) {
  const current = new Map(conditions.map((c) => [keyOf(c), c]));
  const going = new Map(active.map((e) => [keyOf(e), e]));
  const open = [...current.values()].filter((c) => !going.has(keyOf(c)));
  const seen = active.filter((e) => current.has(keyOf(e)));
  const ended = active.filter((e) => !current.has(keyOf(e)) && now - e.lastSeenAt >= QUIET_MS[e.rule]);
  const graver: { episode: Episode; condition: Condition }[] = [];
  for (const episode of active) {
    const condition = current.get(keyOf(episode));
    if (condition && levelRank(condition.level) > levelRank(episode.level))
      graver.push({ episode, condition });
  }
  return { open, seen, ended, graver };
}
