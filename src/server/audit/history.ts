import { actionLabel } from "../../domain/audit/actions.ts";
import type { HistoryEntry } from "../../domain/audit/schema.ts";
import type { Locale } from "../../domain/common/messages.ts";
import { formatLocalTime } from "../../domain/common/time.ts";
import {
  LABELS,
  NOTICE_CHANNEL_LABELS,
  NOTICE_PURPOSE_LABELS,
  PAUSE_REASON_LABELS,
  SATISFACTION_LABELS,
} from "../../domain/complaints/vocabulary.ts";
import {
  CORRECTIVE_ACTION_LABELS,
  type CorrectiveAction,
  VERIFY_OUTCOME_LABELS,
  type VerifyOutcome,
} from "../../domain/counter-exceptions/vocabulary.ts";
import type { Db } from "../db/database.ts";
import { recordRefs, refKey } from "./refs.ts";

type After = Record<string, unknown>;

interface Wording {
  locale: Locale;
  timeZone: string;
  /** Display names of the users the entries name by id. */
  names: Map<number, string>;
  /** References of the complaints the entries name by id (a merge target). */
  refs: Map<string, string>;
}

const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null);
const pick = (locale: Locale, zh: string, en: string) => (locale === "zh" ? zh : en);

/**
 * What an entry says beyond its action, per action: codes turned into their labels, ids into names and
 * references. An action not listed shows the note or reason its user wrote, if any.
 */
const DETAILS: Record<string, (after: After, w: Wording) => string | null> = {
  "complaints.assign": (a, w) => w.names.get(Number(a.handlerId)) ?? null,
  "complaints.decide": (a, w) => LABELS.outcome[a.outcome as keyof typeof LABELS.outcome]?.[w.locale] ?? null,
  "complaints.pause": (a, w) =>
    PAUSE_REASON_LABELS[a.reason as keyof typeof PAUSE_REASON_LABELS]?.[w.locale] ?? null,
  "complaints.extension_request": (a, w) =>
    str(a.reason)
      ? pick(w.locale, `第 ${a.level} 次，${a.reason}`, `no. ${a.level}, ${a.reason}`)
      : pick(w.locale, `第 ${a.level} 次`, `no. ${a.level}`),
  "complaints.merge": (a, w) => w.refs.get(refKey("complaint", String(a.mergedInto))) ?? null,
  "complaints.review_request": (a) => str(a.reviewRef),
  "complaints.breach": (a, w) =>
    str(a.decisionDueAt) &&
    pick(w.locale, "处理时限 ", "due ") + formatLocalTime(a.decisionDueAt as string, w.timeZone),
  "complaints.notice": (a, w) =>
    [
      NOTICE_PURPOSE_LABELS[a.purpose as keyof typeof NOTICE_PURPOSE_LABELS]?.[w.locale],
      NOTICE_CHANNEL_LABELS[a.channel as keyof typeof NOTICE_CHANNEL_LABELS]?.[w.locale],
    ]
      .filter(Boolean)
      .join(" · ") || null,
  "complaints.close": (a, w) =>
    SATISFACTION_LABELS[a.satisfaction as keyof typeof SATISFACTION_LABELS]?.[w.locale] ?? null,
  "counter_exceptions.verify": (a, w) =>
    VERIFY_OUTCOME_LABELS[a.outcome as VerifyOutcome]?.[w.locale] ?? null,
  "counter_exceptions.handle": (a, w) =>
    Array.isArray(a.actions)
      ? a.actions
          .map((x: CorrectiveAction) => CORRECTIVE_ACTION_LABELS[x]?.[w.locale] ?? x)
          .join(pick(w.locale, "、", ", "))
      : null,
  "counter_exceptions.link_complaint": (a) => str(a.complaintRef),
};

const written = (a: After) => str(a.note) ?? str(a.reason) ?? str(a.comment) ?? str(a.text);

/**
 * A record's history from its audit entries, oldest first: the audit log is the one place every change to the
 * record is written, in the transaction of the change. The caller has checked that the record is in scope.
 */
export async function recordHistory(
  db: Db,
  entityType: string,
  entityId: number,
  locale: Locale,
  timeZone: string,
): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_id")
    .select([
      "audit_log.id",
      "audit_log.at",
      "audit_log.action",
      "audit_log.actor_id",
      "audit_log.actor_username",
      "audit_log.after_json",
      "users.display_name",
    ])
    .where("audit_log.entity_type", "=", entityType)
    .where("audit_log.entity_id", "=", String(entityId))
    .orderBy("audit_log.id")
    .execute();
  const entries = rows.map((r) => ({ ...r, after: (r.after_json ? JSON.parse(r.after_json) : {}) as After }));
  const handlerIds = entries
    .filter((e) => e.action === "complaints.assign")
    .map((e) => Number(e.after.handlerId))
    .filter(Number.isInteger);
  const mergedInto = entries
    .filter((e) => e.action === "complaints.merge")
    .map((e) => ({ entityType: "complaint", entityId: String(e.after.mergedInto) }));
  const [names, refs] = await Promise.all([namesOf(db, handlerIds), recordRefs(db, mergedInto)]);
  const wording: Wording = { locale, timeZone, names, refs };
  return entries.map((e) => ({
    id: e.id,
    at: e.at,
    actor: e.actor_id === null ? null : (e.display_name ?? e.actor_username),
    action: e.action,
    label: actionLabel(e.action, locale) ?? e.action,
    detail: (DETAILS[e.action] ?? written)(e.after, wording),
  }));
}

async function namesOf(db: Db, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await db.selectFrom("users").select(["id", "display_name"]).where("id", "in", ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
