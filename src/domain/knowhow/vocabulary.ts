/** Kinds of know-how kept as versioned data. Playbooks and counter-exception guidance are to follow. */
export const KNOWHOW_KINDS = ["script"] as const;
export type KnowhowKind = (typeof KNOWHOW_KINDS)[number];

/** A version is drafted, published by someone else (four eyes), and superseded by the next publication. */
export const VERSION_STATUSES = ["draft", "published", "superseded"] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
