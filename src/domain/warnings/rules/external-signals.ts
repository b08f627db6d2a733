import type { WarningLevel } from "../vocabulary.ts";

export interface QueueThresholds {
  /** People waiting, from the queue-ticket system (排队叫号). */
  queueLength: number;
  waitMinutes: number;
  /** A reading older than this no longer tells how the lobby is. */
  freshMinutes: number;
}

export const QUEUE_DEFAULTS: QueueThresholds = { queueLength: 30, waitMinutes: 40, freshMinutes: 30 };

/** How far past its threshold a reading is: 1× yellow, 1.5× orange, 2× red. */
function overLevel(ratio: number): WarningLevel {
  return ratio >= 2 ? "red" : ratio >= 1.5 ? "orange" : "yellow";
}

/** A lobby filling up: the latest fresh queue length or waiting time at or above its threshold. */
export function queuePressure(
  latest: { queueLength: number | null; waitMinutes: number | null },
  t: QueueThresholds,
): { fires: boolean; level: WarningLevel } {
  const ratio = Math.max(
    (latest.queueLength ?? 0) / t.queueLength,
    (latest.waitMinutes ?? 0) / t.waitMinutes,
  );
  return { fires: ratio >= 1, level: overLevel(ratio) };
}

export interface WithdrawalThresholds {
  /** Fire when a reading is this many times the outlet's usual (median) reading. */
  ratio: number;
  /** Readings the usual level is taken from; fewer, and the outlet has no usual level yet. */
  minBaseline: number;
}

export const WITHDRAWAL_DEFAULTS: WithdrawalThresholds = { ratio: 3, minBaseline: 5 };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Withdrawals at an outlet far above its own usual level, the early sign of a run: the latest reading
 * against the median of the outlet's earlier readings (the median, so that one past surge does not raise
 * the bar for the next).
 */
export function withdrawalSurge(
  latest: number,
  earlier: readonly number[],
  t: WithdrawalThresholds,
): { fires: boolean; level: WarningLevel; usual: number } {
  if (earlier.length < t.minBaseline) return { fires: false, level: "yellow", usual: 0 };
  const usual = median(earlier);
  const ratio = usual > 0 ? latest / (usual * t.ratio) : latest > 0 ? 2 : 0;
  return { fires: ratio >= 1, level: overLevel(ratio), usual };
}
