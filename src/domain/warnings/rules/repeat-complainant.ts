import { DAY_MS, type WarningLevel } from "../vocabulary.ts";

export interface RepeatThresholds {
  windowDays: number;
  /** Complaints by one person inside the window that make a warning. */
  minCount: number;
}

export const REPEAT_DEFAULTS: RepeatThresholds = { windowDays: 30, minCount: 3 };

export interface PersonComplaint {
  /** The repeat key of complaints (ID number, else name and phone): never shown, hashed by the caller. */
  key: string;
  orgUnitId: number;
  receivedAt: number;
  /** Forwarded by the PBoC or the financial regulator. */
  forwarded: boolean;
}

export interface RepeatFinding {
  key: string;
  /** The unit of the person's latest complaint, where the warning goes. */
  orgUnitId: number;
  count: number;
  /** They complained to us and also went to the regulator. */
  toRegulator: boolean;
  level: WarningLevel;
}

/**
 * People who complained `minCount` times or more inside the window, or who complained to us and to the
 * regulator about us: both mean the first answers did not settle the matter.
 */
export function repeatComplainants(
  complaints: readonly PersonComplaint[],
  now: number,
  t: RepeatThresholds,
): RepeatFinding[] {
  const from = now - t.windowDays * DAY_MS;
  const byKey = new Map<string, PersonComplaint[]>();
  for (const c of complaints) {
    if (c.receivedAt <= from || c.receivedAt > now) continue;
    const list = byKey.get(c.key);
    if (list) list.push(c);
    else byKey.set(c.key, [c]);
  }
  const findings: RepeatFinding[] = [];
  for (const [key, list] of byKey) {
    const toRegulator = list.some((c) => c.forwarded) && list.length >= 2;
    const many = list.length >= t.minCount;
    if (!toRegulator && !many) continue;
    const latest = list.reduce((a, b) => (b.receivedAt > a.receivedAt ? b : a));
    const level: WarningLevel = toRegulator && many ? "red" : toRegulator ? "orange" : "yellow";
    findings.push({ key, orgUnitId: latest.orgUnitId, count: list.length, toRegulator, level });
  }
  return findings;
}
