import { type Axis, type CategoryEntry, categoryPath } from "../../domain/complaints/classification.ts";
import { type Clock, daysLeft } from "../../domain/complaints/deadline.ts";
import { maskIdNumber, maskName, maskPhone } from "../../domain/complaints/personal-data.ts";
import { allowedActions, extensionDecisionRefusal } from "../../domain/complaints/policy.ts";
import type { Complaint, ComplaintSummary } from "../../domain/complaints/schema.ts";
import type { Caller } from "../auth/session-user.ts";
import { unseal } from "../personal-data/vault.ts";
import { approverOf } from "./extensions.ts";
import type { ComplaintChildren, ComplaintRow } from "./store.ts";

const ref = (cats: readonly CategoryEntry[], axis: Axis, code: string) => {
  const path = categoryPath(cats, axis, code);
  return { code, label: path[path.length - 1] ?? code, path };
};

export function isBreached(row: ComplaintRow, now: Date): boolean {
  if (row.breached_at) return true;
  return (
    row.status === "open" && row.decision_due_at !== null && Date.parse(row.decision_due_at) < now.getTime()
  );
}

/** The list form: personal data always masked. */
export function toSummary(row: ComplaintRow, cats: readonly CategoryEntry[], now: Date): ComplaintSummary {
  return {
    id: row.id,
    ref: row.ref,
    kind: row.kind,
    status: row.status,
    orgUnitId: row.org_unit_id,
    orgUnitCode: row.org_code,
    orgUnitName: row.org_name,
    channel: ref(cats, "channel", row.channel_code),
    businessCategory: ref(cats, "business_category", row.business_category_code),
    cause: ref(cats, "cause", row.cause_code),
    source: row.source as ComplaintSummary["source"],
    grade: row.grade as ComplaintSummary["grade"],
    sensitiveTags: JSON.parse(row.sensitive_tags_json),
    summary: row.summary,
    receivedAt: row.received_at,
    complainantName: maskName(unseal(row.complainant_name)),
    complainantPhone: maskPhone(unseal(row.complainant_phone)),
    handler:
      row.handler_user_id && row.handler_name
        ? { id: row.handler_user_id, displayName: row.handler_name }
        : null,
    extensionLevel: row.extension_level,
    decisionDueAt: row.decision_due_at,
    forwardDueAt: row.forward_due_at,
    breached: isBreached(row, now),
    repeat: row.repeat_of_id !== null,
    groupSize: row.group_size,
  };
}

export function toComplaint(
  row: ComplaintRow,
  children: ComplaintChildren,
  clock: Clock,
  cats: readonly CategoryEntry[],
  caller: Caller,
  now: Date,
  timeZone: string,
): Complaint {
  const extra = JSON.parse(unseal(row.complainant_extra_json)) as {
    representatives?: { name: string; phone?: string }[];
  };
  const openPause = children.pauses.find((p) => p.ended_at === null);
  const decision = row.decision_json ? JSON.parse(row.decision_json) : null;
  const allowed = allowedActions(caller.user.role, { status: row.status, paused: openPause !== undefined });
  const mayDecide = (e: ComplaintChildren["extensions"][number]) =>
    allowed.includes("decide_extension") &&
    extensionDecisionRefusal(
      approverOf(caller),
      { level: e.level as 1 | 2, requestedBy: e.requested_by, status: e.status },
      row.org_path,
    ) === null;
  return {
    ...toSummary(row, cats, now),
    facts: row.facts,
    request: row.request,
    complainant: {
      kind: row.complainant_kind as Complaint["complainant"]["kind"],
      name: maskName(unseal(row.complainant_name)),
      phone: maskPhone(unseal(row.complainant_phone)),
      idType: row.complainant_id_type,
      idNumber: maskIdNumber(unseal(row.complainant_id_number)),
      masked: true,
    },
    representatives: (extra.representatives ?? []).map((p) => ({
      name: maskName(p.name),
      phone: maskPhone(p.phone ?? null),
    })),
    subjectInstitution: row.subject_institution,
    subjectStaffName: row.subject_staff_name,
    amountClaimed: row.amount_claimed_fen === null ? null : Number(row.amount_claimed_fen) / 100,
    psychology: row.psychology as Complaint["psychology"],
    disc: row.disc as Complaint["disc"],
    clock: {
      state: clock.state,
      dueDate: clock.state === "running" ? clock.dueDate : null,
      daysLeft: clock.state === "running" ? daysLeft(clock.dueAt, now, timeZone) : null,
      remainingDays: clock.state === "paused" ? clock.remainingDays : null,
      pausedDays: clock.state === "running" ? clock.pausedDays : 0,
    },
    clockStartedAt: row.clock_started_at,
    extensions: children.extensions.map((e) => ({
      id: e.id,
      level: e.level,
      reason: e.reason,
      status: e.status,
      requestedById: e.requested_by,
      requestedBy: e.requester_name,
      requestedAt: e.requested_at,
      decidedBy: e.decider_name,
      decidedAt: e.decided_at,
      note: e.note,
      mayDecide: mayDecide(e),
    })),
    pauses: children.pauses.map((p) => ({
      id: p.id,
      reason: p.reason,
      note: p.note,
      startedAt: p.started_at,
      endedAt: p.ended_at,
    })),
    notices: children.notices.map((n) => ({
      id: n.id,
      purpose: n.purpose,
      channel: n.channel as Complaint["notices"][number]["channel"],
      at: n.at,
      note: n.note,
      recordedBy: n.recorder_name,
    })),
    decision,
    closing: row.closing_json ? JSON.parse(row.closing_json) : null,
    reviewOf: children.reviewOf,
    reviews: children.reviews,
    mergedInto: children.mergedInto,
    repeatOf: children.repeatOf,
    allowedActions: allowed,
  };
}
