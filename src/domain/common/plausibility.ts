import { z } from "zod";
import type { MessageKey } from "./messages.ts";

/**
 * Rules that refuse impossible input, shared by the web forms and the server. The rules that depend on the
 * time take `now` (the server's clock, which tests move by hand), so they are functions rather than parts of
 * the static schemas; the others are Zod pieces the schemas use.
 */

/** Slack for the clock of the PC that fills in a form, which may run ahead of the server's. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** How far back a received or occurred time may lie by default: the three-year retention of records. */
export const DEFAULT_HORIZON_DAYS = 3 * 366;
/** A follow-up or other due date further ahead than this is a typing mistake, not a plan. */
export const DUE_WINDOW_DAYS = 366;

const DAY_MS = 86_400_000;

let horizonDays = DEFAULT_HORIZON_DAYS;

/** Set once at start (server: from RECORD_HORIZON_DAYS; browser: from the signed-in user's answer). */
export function setHorizonDays(days: number): void {
  horizonDays = days;
}
export const getHorizonDays = () => horizonDays;

export type Problem = { key: MessageKey; params: Record<string, string> };

/** A time something was received or happened: not in the future, not older than the horizon. */
export function pastTimeProblem(iso: string, now: Date, horizon = horizonDays): Problem | null {
  const at = Date.parse(iso);
  if (at > now.getTime() + CLOCK_SKEW_MS) return { key: "plausibility.in_future", params: {} };
  if (at < now.getTime() - horizon * DAY_MS)
    return { key: "plausibility.too_old", params: { days: String(horizon) } };
  return null;
}

/** A due time: after now and within the window. */
export function dueTimeProblem(iso: string, now: Date): Problem | null {
  const at = Date.parse(iso);
  if (at <= now.getTime()) return { key: "plausibility.due_in_past", params: {} };
  if (at > now.getTime() + DUE_WINDOW_DAYS * DAY_MS)
    return { key: "plausibility.due_too_far", params: { days: String(DUE_WINDOW_DAYS) } };
  return null;
}

/** At least one letter (of any script) or digit: a description of emoji or punctuation alone says nothing. */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** A required description: trimmed, not empty, at most `max` characters, and saying something. */
export const describedText = (max: number) =>
  z.string().trim().min(1).max(max).refine(hasLetterOrDigit, "plausibility.no_letter_or_digit");

/**
 * Identity documents a customer may show at a bank counter. 港澳台居民居住证 carries an 18-digit number of the
 * resident-ID format (regions 81, 82, 83); the foreign permanent residence ID of 2023 does too (first digit 9),
 * its 2017 predecessor is three letters of the country and 12 digits.
 */
export const ID_TYPES = [
  "resident_id",
  "passport",
  "hk_macao_permit",
  "taiwan_permit",
  "hmt_residence",
  "foreign_permanent",
  "other",
] as const;
export type IdType = (typeof ID_TYPES)[number];

export const ID_TYPE_LABELS: Record<IdType, { zh: string; en: string }> = {
  resident_id: { zh: "居民身份证", en: "Resident ID card" },
  passport: { zh: "护照", en: "Passport" },
  hk_macao_permit: { zh: "港澳居民来往内地通行证", en: "Mainland travel permit (Hong Kong, Macao)" },
  taiwan_permit: { zh: "台湾居民来往大陆通行证", en: "Mainland travel permit (Taiwan)" },
  hmt_residence: { zh: "港澳台居民居住证", en: "Residence permit (Hong Kong, Macao, Taiwan)" },
  foreign_permanent: { zh: "外国人永久居留身份证", en: "Foreign permanent resident ID card" },
  other: { zh: "其他证件", en: "Other document" },
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The GB 11643 check character of the first 17 digits. */
export function idCheckDigit(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0);
  return "10X98765432"[sum % 11];
}

const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65,
]);

/** An 18-character number in the GB 11643 format: region, a real date of birth, sequence and check digit. */
function gb11643Problem(
  value: string,
  regions: (region: number) => boolean,
  today: string,
): MessageKey | null {
  if (!/^\d{17}[\dX]$/.test(value)) return "plausibility.id_format";
  if (!regions(Number(value.slice(0, 2)))) return "plausibility.id_region";
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth || birth < "1900-01-01")
    return "plausibility.id_birth";
  if (birth > today) return "plausibility.id_birth";
  if (idCheckDigit(value.slice(0, 17)) !== value[17]) return "plausibility.id_check_digit";
  return null;
}

const FORMATS: Record<Exclude<IdType, "resident_id" | "hmt_residence" | "foreign_permanent">, RegExp> = {
  passport: /^[A-Z0-9]{5,17}$/,
  hk_macao_permit: /^[HM]\d{8}(\d{2})?$/,
  taiwan_permit: /^\d{8}(\d{2})?$/,
  other: /^[A-Z0-9]{4,30}$/,
};

/** What is wrong with an ID number of the type, or null. `today` (YYYY-MM-DD) bounds a date of birth. */
export function idNumberProblem(type: IdType, raw: string, today: string): MessageKey | null {
  const value = raw.trim().toUpperCase();
  switch (type) {
    case "resident_id":
      return gb11643Problem(value, (r) => PROVINCES.has(r), today);
    case "hmt_residence":
      return gb11643Problem(value, (r) => r >= 81 && r <= 83, today);
    case "foreign_permanent":
      if (/^[A-Z]{3}\d{12}$/.test(value)) return null;
      return gb11643Problem(value, (r) => r >= 90 && r <= 99, today);
    default:
      return FORMATS[type].test(value) ? null : "plausibility.id_format";
  }
}

/** The fields of an optional ID number with its document type (resident ID when not said). */
export const idDocumentFields = {
  idType: z.enum(ID_TYPES).optional(),
  idNumber: z.string().trim().toUpperCase().max(40).optional(),
};

/**
 * The refinement of an object holding `idDocumentFields`. Checked against today's date in UTC, which differs
 * from the local date for a few hours only: it matters only for a baby born today.
 */
export function checkIdDocument(v: { idType?: IdType; idNumber?: string }, ctx: z.RefinementCtx): void {
  if (!v.idNumber) return;
  const today = new Date().toISOString().slice(0, 10);
  const problem = idNumberProblem(v.idType ?? "resident_id", v.idNumber, today);
  if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["idNumber"] });
}
