import type { Severity } from "../incidents/severity.ts";
import type { Level } from "../opinion/vocabulary.ts";
import { WARNING_LEVELS, type WarningLevel } from "../warnings/vocabulary.ts";

/** An outlet's colour on the board: nothing open, or the warning colours its open items map to. */
export const CELL_LEVELS = ["none", ...WARNING_LEVELS] as const;
export type CellLevel = (typeof CELL_LEVELS)[number];

/** Days before its deadline from which an open complaint is on the board. */
export const COMPLAINT_DUE_DAYS = 3;

/** Incidents as warning colours: a level-I event is red, II orange, III yellow. */
export const INCIDENT_COLOUR: Record<Severity, WarningLevel> = { I: "red", II: "orange", III: "yellow" };

/** Public-opinion events the same way: 重大 red, 较大 orange, 一般 yellow. */
export const OPINION_COLOUR: Record<Level, WarningLevel> = {
  major: "red",
  serious: "orange",
  general: "yellow",
};

/**
 * The colour of each open item on the board: a warning its level; a live incident by severity; an open
 * public-opinion event by its level; a complaint past its deadline orange, one due within three days
 * yellow; a counter exception overdue for follow-up yellow. Drills colour nothing.
 */
export const itemColour = {
  warning: (level: WarningLevel) => level,
  incident: (severity: Severity, drill: boolean): CellLevel => (drill ? "none" : INCIDENT_COLOUR[severity]),
  opinion: (level: Level, drill: boolean): CellLevel => (drill ? "none" : OPINION_COLOUR[level]),
  complaint: (breached: boolean): WarningLevel => (breached ? "orange" : "yellow"),
  exception: (): WarningLevel => "yellow",
};

export const worse = (a: CellLevel, b: CellLevel): CellLevel =>
  CELL_LEVELS.indexOf(a) >= CELL_LEVELS.indexOf(b) ? a : b;
