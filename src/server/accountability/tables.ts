import type { Generated } from "kysely";
import type { Measure, RecordKind } from "../../domain/accountability/vocabulary.ts";

/** 奖惩 record; `org_unit_id` is the person's unit when it was decided, which scopes who reads it. */
export interface AccountabilityRecordTable {
  id: Generated<number>;
  user_id: number;
  org_unit_id: number;
  kind: RecordKind;
  measure: Measure;
  reason: string;
  source_ref: string | null;
  amount: number | null;
  decided_on: string;
  decided_by: number;
  created_at: string;
}

export interface AccountabilityTables {
  accountability_records: AccountabilityRecordTable;
}
