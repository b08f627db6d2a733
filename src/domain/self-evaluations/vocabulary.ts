/** Records the platform holds that an element of the rating sheet can point to as evidence. */
export const EVIDENCE_SOURCES = ["complaints", "materials", "inspections", "campaigns", "training"] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** A year's self-evaluation is filled in as a draft and signed off by a second person. */
export const EVALUATION_STATUSES = ["draft", "signed_off"] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** The files an element's evidence may be: scans and photos, or a PDF. */
export const EVIDENCE_FILE_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;
