import type { Generated } from "kysely";
import type { MaterialStatus } from "../../domain/compliance/review.ts";
import type { Channel, MaterialType, RuleKind, Severity } from "../../domain/compliance/vocabulary.ts";

type Timestamp = string;

/** A compliance rule; list fields are JSON arrays of strings, `negatable` is 0/1. */
export interface ComplianceRuleTable {
  id: Generated<number>;
  code: string;
  org_unit_id: number | null;
  kind: RuleKind;
  severity: Severity;
  applies_to: string;
  material_types: string | null;
  patterns: string;
  allow_patterns: string;
  mentions: string;
  negatable: number;
  source: string;
  message: string;
  suggestion: string;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MarketingMaterialTable {
  id: Generated<number>;
  ref: string;
  org_unit_id: number;
  title: string;
  channel: Channel;
  material_type: MaterialType;
  /** The status of the current (latest) version. */
  status: MaterialStatus;
  current_version: number;
  created_by: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One submitted text of a material; never edited after submission except for its review. */
export interface MaterialVersionTable {
  id: Generated<number>;
  material_id: number;
  version: number;
  title: string;
  body: string;
  attachment_name: string | null;
  attachment_type: string | null;
  attachment_base64: string | null;
  findings_json: string;
  error_count: number;
  warning_count: number;
  status: MaterialStatus;
  submitted_by: number;
  submitted_at: Timestamp;
  reviewed_by: number | null;
  reviewed_at: Timestamp | null;
  review_comment: string | null;
}

export interface ComplianceTables {
  compliance_rules: ComplianceRuleTable;
  marketing_materials: MarketingMaterialTable;
  material_versions: MaterialVersionTable;
}
