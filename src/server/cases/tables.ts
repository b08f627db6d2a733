import type { Generated } from "kysely";
import type { CaseOutcome, CaseSourceKind, CaseStatus } from "../../domain/cases/vocabulary.ts";

type Timestamp = string;

/** 案例库 entry; `tags` is a JSON array; `search_text` is the jieba-segmented text both engines index. */
export interface CaseTable {
  id: Generated<number>;
  ref: string;
  org_unit_id: number;
  title: string;
  category: string;
  outcome: CaseOutcome;
  occurred_on: string;
  story: string;
  lessons: string;
  tags: string;
  source_kind: CaseSourceKind;
  source_ref: string | null;
  status: CaseStatus;
  search_text: string;
  created_by: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_by: number | null;
  published_at: Timestamp | null;
}

export interface CaseTables {
  cases: CaseTable;
}
