import type { Generated } from "kysely";
import type { IdType } from "../../domain/common/plausibility.ts";
import type { Axis } from "../../domain/complaints/classification.ts";
import type { Measures } from "../../domain/complaints/figures.ts";
import type { ComplaintStatus } from "../../domain/complaints/lifecycle.ts";

type Timestamp = string;

/** JR/T 0169 classification entries, seeded with editable defaults. */
export interface ComplaintCategoryTable {
  id: Generated<number>;
  axis: Axis;
  code: string;
  label: string;
  parent_code: string | null;
  sort: number;
}

export interface ComplaintTable {
  id: Generated<number>;
  ref: string;
  /** "review" for a 核查 case opened at the upper level; review_of_id links it to the original. */
  kind: "complaint" | "review";
  status: ComplaintStatus;
  org_unit_id: number;
  channel_code: string;
  business_category_code: string;
  cause_code: string;
  source: string;
  grade: string;
  sensitive_tags_json: string;
  received_at: Timestamp;
  /** Receipt, or the latest restart on new facts: where the decision clock counts from. */
  clock_started_at: Timestamp;
  summary: string;
  facts: string | null;
  request: string;
  complainant_kind: string;
  complainant_name: string;
  complainant_phone: string | null;
  complainant_id_number: string | null;
  complainant_id_type: IdType | null;
  /** Organisation details, agent and representatives: personal data, never listed. */
  complainant_extra_json: string;
  complainant_key: string;
  group_size: number | null;
  in_person: Generated<number>;
  subject_institution: string | null;
  subject_staff_user_id: number | null;
  subject_staff_name: string | null;
  amount_claimed_fen: number | null;
  psychology: string | null;
  disc: string | null;
  handler_user_id: number | null;
  extension_level: Generated<number>;
  /** Null while the clock is paused or once it has stopped. */
  decision_due_at: Timestamp | null;
  forward_due_at: Timestamp | null;
  breached_at: Timestamp | null;
  repeat_of_id: number | null;
  review_of_id: number | null;
  merged_into_id: number | null;
  decision_json: string | null;
  decided_at: Timestamp | null;
  closing_json: string | null;
  /** When the case stopped: closed, withdrawn or merged. */
  ended_at: Timestamp | null;
  created_by: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ComplaintExtensionTable {
  id: Generated<number>;
  complaint_id: number;
  level: number;
  reason: string;
  status: "pending" | "approved" | "rejected";
  requested_by: number;
  requested_at: Timestamp;
  decided_by: number | null;
  decided_at: Timestamp | null;
  note: string | null;
}

export interface ComplaintPauseTable {
  id: Generated<number>;
  complaint_id: number;
  reason: "appraisal" | "mediation";
  note: string | null;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  started_by: number;
  ended_by: number | null;
}

/** Evidence that the complainant was told (of a decision, an extension, a pause), by channel and time. */
export interface ComplaintNoticeTable {
  id: Generated<number>;
  complaint_id: number;
  purpose: "decision" | "extension" | "pause";
  channel: string;
  at: Timestamp;
  note: string | null;
  recorded_by: number;
}

export interface ComplaintEventTable {
  id: Generated<number>;
  complaint_id: number;
  at: Timestamp;
  actor_username: string;
  kind: string;
  data_json: string;
}

/**
 * The statistics rollup (migration 024): per unit, local month, axis and code, what its subtree's
 * complaints add up to. Kept by src/server/complaints/figures/rollup.ts in the transaction of every change.
 */
export interface ComplaintFigureTable extends Measures {
  unit_id: number;
  month: string;
  axis: string;
  code: string;
}

/** The smallest complaint id received on each UTC day (YYYY-MM-DD), kept by a trigger (migration 202). */
export interface ComplaintFirstIdTable {
  day: string;
  first_id: number;
}

/** Complaints per complainant under each unit (the root included): repeat complainants without a period. */
export interface ComplainantCountTable {
  unit_id: number;
  complainant_key: string;
  n: number;
}

export interface ComplaintTables {
  complaint_categories: ComplaintCategoryTable;
  complaints: ComplaintTable;
  complaint_extensions: ComplaintExtensionTable;
  complaint_pauses: ComplaintPauseTable;
  complaint_notices: ComplaintNoticeTable;
  complaint_events: ComplaintEventTable;
  complaint_figures: ComplaintFigureTable;
  complaint_first_ids: ComplaintFirstIdTable;
  complainant_counts: ComplainantCountTable;
}
