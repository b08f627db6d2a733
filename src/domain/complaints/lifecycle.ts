import { lead, refuse, type Transition } from "../common/transition.ts";

/**
 * States of a complaint: open (being handled, the clock runs or is paused) → decided (notice sent) → closed
 * (root cause and callback recorded). A withdrawal or a merge into an earlier complaint ends it early.
 */
export const COMPLAINT_STATUSES = ["open", "decided", "closed", "withdrawn", "merged"] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** The statuses in words, for what the server writes (exports); the web app's pages have their own keys. */
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, { zh: string; en: string }> = {
  open: { zh: "处理中", en: "Open" },
  decided: { zh: "已决定", en: "Decided" },
  closed: { zh: "已办结", en: "Closed" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
  merged: { zh: "已合并", en: "Merged" },
};

export const COMPLAINT_ACTIONS = [
  "assign",
  "pause",
  "resume",
  "restart",
  "request_extension",
  "decide_extension",
  "decide",
  "record_notice",
  "withdraw",
  "merge",
  "close",
  "request_review",
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

const ALLOWED: Record<ComplaintAction, readonly ComplaintStatus[]> = {
  assign: ["open"],
  pause: ["open"],
  resume: ["open"],
  restart: ["open"],
  request_extension: ["open"],
  decide_extension: ["open"],
  decide: ["open"],
  record_notice: ["open", "decided", "closed"],
  withdraw: ["open"],
  merge: ["open"],
  close: ["decided"],
  request_review: ["decided", "closed"],
};

/** Where each action leads; actions not listed keep the status. */
const NEXT: Partial<Record<ComplaintAction, ComplaintStatus>> = {
  decide: "decided",
  withdraw: "withdrawn",
  merge: "merged",
  close: "closed",
};

export interface ComplaintState {
  status: ComplaintStatus;
  paused: boolean;
}

/** The status after `action`, or why the complaint's state refuses it (409). */
export function transition(state: ComplaintState, action: ComplaintAction): Transition<ComplaintStatus> {
  if (!ALLOWED[action].includes(state.status)) return refuse(409, "complaints.wrong_status");
  if (action === "pause" && state.paused) return refuse(409, "complaints.already_paused");
  if (action === "resume" && !state.paused) return refuse(409, "complaints.not_paused");
  // A decision or a restart while the clock is stopped would hide the pause from the record.
  if ((action === "decide" || action === "restart") && state.paused) return refuse(409, "complaints.paused");
  return lead(NEXT[action] ?? state.status);
}

/** Open complaints are the ones whose clock matters to lists, warnings and the repeat check. */
export const isOpen = (status: ComplaintStatus) => status === "open";
