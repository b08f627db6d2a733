import type { Generated } from "kysely";
import type { RecordKind } from "../../domain/links/vocabulary.ts";

/**
 * One row joins two records of any families (an incident and the complaint it led to), read from either
 * end; `a` is the record the link was made from.
 */
export interface RecordLinkTable {
  id: Generated<number>;
  a_kind: RecordKind;
  a_id: number;
  b_kind: RecordKind;
  b_id: number;
  created_by: number | null;
  created_at: string;
}

export interface LinkTables {
  record_links: RecordLinkTable;
}
