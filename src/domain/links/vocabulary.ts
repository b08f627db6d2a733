/** The families of record that can be linked to each other. */
export const RECORD_KINDS = ["incident", "complaint", "counter_exception", "opinion_event"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
