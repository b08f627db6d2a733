/**
 * Vocabularies of the counter-exception procedure (柜面异常处理), DOMAIN.md §4.
 *
 * Exception types are not here: they are data (counter_exception_types), seeded by migration 005 with the
 * seven of DOMAIN.md §4 (identity_data_error, account_data_error, transaction_data_error, system_failure,
 * counter_complaint, business_dispute, other); an administrator may add, rename or disable types.
 */

type Label = { zh: string; en: string };

/**
 * reported: identified and reported (steps 1–2); verified: confirmed by a supervisor (step 3);
 * rejected: step 3 found it is not an exception (final); handled: corrective action taken (step 4), follow-up
 * pending; closed: the follow-up confirmed the problem is fully solved (step 5, final).
 */
export const STATUSES = ["reported", "verified", "rejected", "handled", "closed"] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, Label> = {
  reported: { zh: "待核实", en: "Awaiting verification" },
  verified: { zh: "待处理", en: "Awaiting handling" },
  rejected: { zh: "核实非异常", en: "Rejected" },
  handled: { zh: "跟进中", en: "Following up" },
  closed: { zh: "已办结", en: "Closed" },
};

/** The five steps of the procedure, in order. */
export const STEPS = ["identify", "report", "verify", "handle", "follow_up"] as const;
export type Step = (typeof STEPS)[number];

export const VERIFY_OUTCOMES = ["confirmed", "rejected"] as const;
export type VerifyOutcome = (typeof VERIFY_OUTCOMES)[number];

export const VERIFY_OUTCOME_LABELS: Record<VerifyOutcome, Label> = {
  confirmed: { zh: "确认异常", en: "Confirmed" },
  rejected: { zh: "非异常，不予受理", en: "Not an exception" },
};

/** Departments a verifier may consult (会同相关部门核实). */
export const DEPARTMENTS = ["tech_support", "operations", "compliance", "other"] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const CORRECTIVE_ACTIONS = [
  "corrected_entry",
  "contacted_customer",
  "reversed_transaction",
  "refunded",
  "escalated_to_complaint",
  "repaired_device",
  "other",
] as const;
export type CorrectiveAction = (typeof CORRECTIVE_ACTIONS)[number];

/** The server words corrective actions in a record's history, so their names live here. */
export const CORRECTIVE_ACTION_LABELS: Record<CorrectiveAction, Label> = {
  corrected_entry: { zh: "更正差错", en: "Corrected the entry" },
  contacted_customer: { zh: "联系客户", en: "Contacted the customer" },
  reversed_transaction: { zh: "冲正交易", en: "Reversed the transaction" },
  refunded: { zh: "退还款项", en: "Refunded" },
  escalated_to_complaint: { zh: "转客户投诉处理", en: "Escalated to a complaint" },
  repaired_device: { zh: "报修系统或设备", en: "Had the system or device repaired" },
  other: { zh: "其他措施", en: "Other action" },
};
