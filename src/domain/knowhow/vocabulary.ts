import type { ImprovementArea } from "../improvements/vocabulary.ts";

/**
 * Kinds of know-how kept as versioned data: practice scripts, incident playbooks (one per category) and
 * counter-exception guidance (one per exception type).
 */
export const KNOWHOW_KINDS = ["script", "playbook", "counter-guidance"] as const;
export type KnowhowKind = (typeof KNOWHOW_KINDS)[number];

/** A version is drafted, published by someone else (four eyes), and superseded by the next publication. */
export const VERSION_STATUSES = ["draft", "published", "superseded"] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** The area of improvement action each kind's versions answer (a counter guide is a procedure). */
export const KIND_AREAS: Record<KnowhowKind, ImprovementArea> = {
  script: "script",
  playbook: "playbook",
  "counter-guidance": "procedure",
};
