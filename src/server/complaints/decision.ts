import type { z } from "zod";
import { formatLocalTime } from "../../domain/common/time.ts";
import { naturalDeadline, REVIEW_WINDOW_DAYS } from "../../domain/complaints/deadline.ts";
import type {
  closeBody,
  decisionBody,
  noticeBody,
  reviewRequestBody,
} from "../../domain/complaints/schema.ts";
import { lockAuditChains } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { loadCalendar } from "../calendar/store.ts";
import { nextRef } from "../db/refs.ts";
import type { Deps } from "../http/deps.ts";
import { AppError, invalid } from "../http/errors.ts";
import { checkPastTime } from "../http/plausible.ts";
import { orgTopics } from "../live/bus.ts";
import { notify, usersWithRoles } from "../notifications/notify.ts";
import { changeComplaint } from "./change.ts";
import { clockSettings, refreshClock } from "./clock.ts";

export async function recordDecision(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof decisionBody>,
) {
  return changeComplaint(deps, caller, id, "decide", async ({ trx, row, next, now, audit }) => {
    const decision = {
      ...body,
      compensation: body.compensation ?? null,
      decidedAt: now.toISOString(),
      decidedBy: caller.user.displayName,
    };
    await trx
      .updateTable("complaints")
      .set({ status: next, decision_json: JSON.stringify(decision), decided_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await refreshClock(trx, deps.config, id, now);
    await audit(
      "decide",
      { status: row.status },
      {
        status: next,
        outcome: body.outcome,
        compensation: decision.compensation,
        onTime: !row.decision_due_at || now.toISOString() <= row.decision_due_at,
      },
    );
    return { result: undefined };
  });
}

/** Evidence that the complainant was told, by channel and time (§19, §21). */
export async function recordNotice(deps: Deps, caller: Caller, id: number, body: z.infer<typeof noticeBody>) {
  return changeComplaint(deps, caller, id, "record_notice", async ({ trx, now, audit }) => {
    checkPastTime("at", body.at, now);
    const { id: noticeId } = await trx
      .insertInto("complaint_notices")
      .values({
        complaint_id: id,
        purpose: body.purpose,
        channel: body.channel,
        at: new Date(body.at).toISOString(),
        note: body.note || null,
        recorded_by: caller.user.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit("notice", null, { noticeId, purpose: body.purpose, channel: body.channel, at: body.at });
    return { result: noticeId };
  });
}

/** Closing asks for the root cause and rectification (溯源整改) and the callback's satisfaction. */
export async function closeComplaint(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof closeBody>,
) {
  return changeComplaint(deps, caller, id, "close", async ({ trx, row, next, now, audit }) => {
    await trx
      .updateTable("complaints")
      .set({ status: next, closing_json: JSON.stringify(body), ended_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await audit("close", { status: row.status }, { status: next, ...body });
    return { result: undefined };
  });
}

/**
 * 核查 (§20): within 30 days of the decision notice, a linked case opens at the upper-level unit with its own
 * 30-day clock from the application.
 */
export async function requestReview(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof reviewRequestBody>,
) {
  return changeComplaint(deps, caller, id, "request_review", async ({ trx, row, now, audit }) => {
    if (row.kind === "review") throw new AppError(409, "complaints.review_of_review");
    if (row.org_parent_id === null) throw new AppError(409, "complaints.no_upper_unit");
    const existing = await trx
      .selectFrom("complaints")
      .select("id")
      .where("review_of_id", "=", id)
      .executeTakeFirst();
    if (existing) throw new AppError(409, "complaints.review_exists");
    const told = await trx
      .selectFrom("complaint_notices")
      .select("at")
      .where("complaint_id", "=", id)
      .where("purpose", "=", "decision")
      .orderBy("at")
      .executeTakeFirst();
    if (!told) throw new AppError(409, "complaints.review_no_notice");
    const receivedAt = new Date(body.receivedAt).toISOString();
    checkPastTime("receivedAt", receivedAt, now);
    const settings = clockSettings(deps.config);
    const windowEnds = naturalDeadline(told.at, REVIEW_WINDOW_DAYS, await loadCalendar(trx), settings);
    if (receivedAt > windowEnds) {
      throw invalid("receivedAt", "complaints.review_window", {
        days: String(REVIEW_WINDOW_DAYS),
        untilLocal: formatLocalTime(windowEnds, settings.timeZone),
      });
    }
    const upper = await trx
      .selectFrom("org_units")
      .select(["id", "path"])
      .where("id", "=", row.org_parent_id)
      .executeTakeFirstOrThrow();
    // The day's number is taken after the audit chain's head is held, as a registration takes it
    // (register.ts): two writers that take the same two locks in opposite orders could wait for each other.
    await lockAuditChains(trx, [row.org_path]);
    const ref = await nextRef(trx, "CMP", now, deps.config.timeZone);
    const { id: reviewId } = await trx
      .insertInto("complaints")
      .values({
        ref,
        kind: "review",
        status: "open",
        org_unit_id: upper.id,
        channel_code: row.channel_code,
        business_category_code: row.business_category_code,
        cause_code: row.cause_code,
        source: row.source,
        grade: row.grade,
        sensitive_tags_json: row.sensitive_tags_json,
        received_at: receivedAt,
        clock_started_at: receivedAt,
        summary: `【核查】${row.summary}`,
        facts: body.reason,
        request: row.request,
        complainant_kind: row.complainant_kind,
        complainant_name: row.complainant_name,
        complainant_phone: row.complainant_phone,
        complainant_id_number: row.complainant_id_number,
        complainant_extra_json: row.complainant_extra_json,
        complainant_key: row.complainant_key,
        group_size: row.group_size,
        subject_institution: row.subject_institution,
        subject_staff_user_id: row.subject_staff_user_id,
        subject_staff_name: row.subject_staff_name,
        amount_claimed_fen: row.amount_claimed_fen,
        psychology: row.psychology,
        disc: row.disc,
        handler_user_id: null,
        review_of_id: id,
        repeat_of_id: null,
        forward_due_at: null,
        created_by: caller.user.id,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await refreshClock(trx, deps.config, reviewId, now);
    await audit("review_request", null, { reviewId, reviewRef: ref, upperUnitId: upper.id });
    const reviewers = await usersWithRoles(trx, [upper.id], ["manager", "cp_officer"]);
    const topics = await notify(
      trx,
      reviewers,
      {
        key: "notify.complaint_review_opened",
        params: { ref: row.ref, reviewRef: ref },
        link: `/complaints/${reviewId}`,
      },
      now,
    );
    return { result: { id: reviewId, ref }, topics: [...topics, ...orgTopics(upper.path)] };
  });
}
