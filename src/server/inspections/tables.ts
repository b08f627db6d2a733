import type { Generated } from "kysely";
import type { InspectionStatus, Outcome, RectificationStatus } from "../../domain/inspections/vocabulary.ts";

type Timestamp = string;

/** The checklist an administrator keeps; a disabled item stays for the inspections that used it. */
export interface InspectionChecklistItemTable {
  id: Generated<number>;
  code: string;
  label_zh: string;
  label_en: string;
  position: number;
  disabled_at: Timestamp | null;
}

export interface InspectionTable {
  id: Generated<number>;
  ref: string;
  /** The outlet inspected. */
  org_unit_id: number;
  status: InspectionStatus;
  inspector_id: number;
  summary: string | null;
  started_at: Timestamp;
  submitted_at: Timestamp | null;
  closed_at: Timestamp | null;
}

/** One line per checklist item, its label copied at the start so later edits of the checklist leave it. */
export interface InspectionResultTable {
  id: Generated<number>;
  inspection_id: number;
  position: number;
  code: string;
  label_zh: string;
  label_en: string;
  outcome: Outcome | null;
  note: string | null;
  owner_id: number | null;
  due_on: string | null;
}

export interface RectificationTable {
  id: Generated<number>;
  inspection_id: number;
  result_id: number;
  org_unit_id: number;
  owner_id: number;
  due_on: string;
  /** The end of due_on in the configured time zone: when the escalation fires. */
  due_at: Timestamp;
  status: RectificationStatus;
  overdue_at: Timestamp | null;
  evidence_note: string | null;
  closed_at: Timestamp | null;
  closed_by: number | null;
  created_at: Timestamp;
}

export interface InspectionPhotoTable {
  id: Generated<number>;
  inspection_id: number;
  result_id: number | null;
  rectification_id: number | null;
  file_name: string;
  mime: string;
  size: number;
  data: Buffer;
  uploaded_by: number;
  uploaded_at: Timestamp;
}

export interface InspectionTables {
  inspection_checklist_items: InspectionChecklistItemTable;
  inspections: InspectionTable;
  inspection_results: InspectionResultTable;
  rectifications: RectificationTable;
  inspection_photos: InspectionPhotoTable;
}
