import type { Level } from "../../domain/opinion/vocabulary.ts";

/** Levels in the colours the incident board uses for its severities, most urgent red. */
export const LEVEL_COLORS: Record<Level, string> = { general: "gold", serious: "orange", major: "red" };
