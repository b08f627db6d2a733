import type { Generated } from "kysely";
import type { Role } from "../../domain/auth/roles.ts";
import type { IdType } from "../../domain/common/plausibility.ts";
import type { Status, VerifyOutcome } from "../../domain/counter-exceptions/vocabulary.ts";

type Timestamp = string;

/** Exception types: seeded with the seven defaults, extended, renamed or disabled by an administrator. */
export interface CounterExceptionTypeTable {
  code: string;
  label_zh: string;
  label_en: string;
  sort_order: number;
  disabled_at: Timestamp | null;
}

/** One row per registered exception: the register form 《柜面异常情况登记表》 as data. */
export interface CounterExceptionTable {
  id: Generated<number>;
  ref: string;
  org_unit_id: number;
  type: string;
  status: Status;
  description: string;
  amount: string | null;
  transaction_ref: string | null;
  customer_name: string | null;
  customer_phone: string | null;
  customer_id_number: string | null;
  customer_id_type: IdType | null;
  customer_account_no: string | null;
  immediate_action: string | null;
  reported_by: number;
  reported_at: Timestamp;
  /** Occurrences of this type at this outlet in the 30 days up to this one, itself included. */
  pattern_count: number;
  verify_outcome: VerifyOutcome | null;
  findings: string | null;
  /** The type the reporter chose, when the verifier corrected it. */
  original_type: string | null;
  consultations_json: string | null;
  verified_by: number | null;
  verified_at: Timestamp | null;
  corrective_actions_json: string | null;
  handling_detail: string | null;
  handled_by: number | null;
  handling_recorded_by: number | null;
  handled_at: Timestamp | null;
  follow_up_due_at: Timestamp | null;
  closed_at: Timestamp | null;
  complaint_ref: string | null;
  /** Verification is due the same working day; handling a set number of working days after it. */
  verify_due_at: Timestamp | null;
  handle_due_at: Timestamp | null;
  /** When a missed deadline was taken to the sub-branch. */
  escalated_at: Timestamp | null;
  /** Asked at closing: why it happened and what stops it happening again. */
  root_cause: string | null;
  prevention: string | null;
  /** A business dispute gone to law: `LegalTrack` of domain/counter-exceptions/schema.ts, as JSON. */
  legal_json: string | null;
}

/** The timeline: one row per step taken, with what was recorded at that step. */
export interface CounterExceptionEventTable {
  id: Generated<number>;
  exception_id: number;
  step: string;
  actor_id: number | null;
  at: Timestamp;
  data_json: string;
}

export interface CounterExceptionVerifierGrantTable {
  id: Generated<number>;
  role: Role;
  org_unit_id: number;
  created_by: number | null;
  created_at: Timestamp;
}

export interface CounterExceptionTables {
  counter_exception_types: CounterExceptionTypeTable;
  counter_exceptions: CounterExceptionTable;
  counter_exception_events: CounterExceptionEventTable;
  counter_exception_verifier_grants: CounterExceptionVerifierGrantTable;
}
