/**
 * Kinds of know-how kept as versioned data: practice scripts, incident playbooks (one per category) and
 * counter-exception guidance (one per exception type).
 */
export const KNOWHOW_KINDS = ["script", "playbook", "counter-guidance"] as const;
export type KnowhowKind = (typeof KNOWHOW_KINDS)[number];

/** A version is drafted, published by someone else (four eyes), and superseded by the next publication. */
export const VERSION_STATUSES = ["draft", "published", "superseded"] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
