import type { Generated } from "kysely";
import type { EvaluationStatus } from "../../domain/self-evaluations/vocabulary.ts";

type Timestamp = string;

/** The rating sheet an administrator keeps; `sources` is a JSON array of evidence sources. */
export interface RatingElementTable {
  id: Generated<number>;
  code: string;
  title_zh: string;
  title_en: string;
  weight: number;
  evidence_zh: string;
  evidence_en: string;
  sources: string;
  position: number;
  disabled_at: Timestamp | null;
}

export interface SelfEvaluationTable {
  id: Generated<number>;
  /** The branch or head office evaluated. */
  org_unit_id: number;
  year: number;
  status: EvaluationStatus;
  prepared_by: number;
  signed_off_by: number | null;
  signed_off_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SelfEvaluationItemTable {
  id: Generated<number>;
  evaluation_id: number;
  position: number;
  code: string;
  title_zh: string;
  title_en: string;
  weight: number;
  evidence_zh: string;
  evidence_en: string;
  sources: string;
  score: number | null;
  comment: string | null;
}

export interface SelfEvaluationFileTable {
  id: Generated<number>;
  evaluation_id: number;
  item_id: number;
  file_name: string;
  mime: string;
  size: number;
  data: Buffer;
  uploaded_by: number;
  uploaded_at: Timestamp;
}

export interface SelfEvaluationTables {
  rating_elements: RatingElementTable;
  self_evaluations: SelfEvaluationTable;
  self_evaluation_items: SelfEvaluationItemTable;
  self_evaluation_files: SelfEvaluationFileTable;
}
