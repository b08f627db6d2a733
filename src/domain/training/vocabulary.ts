/** 晨会, 夕会, 周会, 专题培训, 演练讲评: the meetings at which outlet staff are trained. */
export const SESSION_KINDS = ["morning", "evening", "weekly", "topical", "drill_review"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_KIND_LABELS: Record<SessionKind, { zh: string; en: string }> = {
  morning: { zh: "晨会", en: "Morning meeting" },
  evening: { zh: "夕会", en: "Evening meeting" },
  weekly: { zh: "周会", en: "Weekly meeting" },
  topical: { zh: "专题培训", en: "Topical training" },
  drill_review: { zh: "演练讲评", en: "Drill review" },
};

/**
 * What a session can point at on the platform: a script scenario, a published case, a compliance rule, the
 * playbook (处置预案) of an incident category.
 */
export const MATERIAL_KINDS = ["script", "case", "rule", "playbook"] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/**
 * What may be uploaded to a session: images, PDF and the Office formats slides and handouts come in. The type
 * is read from the file's bytes, so a renamed file of another kind is refused.
 */
export const SESSION_FILE_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
] as const;

export const QUESTION_KINDS = ["single", "multiple", "true_false"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Sign-in opens a little before the start, so people arriving early are not turned away, and closes at the end. */
export const SIGN_IN_OPENS_BEFORE_MS = 15 * 60_000;
/** A QR code's token lives this long; the trainer's page fetches a new one before it runs out. */
export const SIGN_IN_TOKEN_TTL_MS = 5 * 60_000;
/** A meeting longer than this is a typing mistake (a whole training day is eight hours). */
export const MAX_SESSION_MINUTES = 8 * 60;
