import type { Generated } from "kysely";
import type {
  SignalKind,
  WarningLevel,
  WarningRule,
  WarningStatus,
} from "../../domain/warnings/vocabulary.ts";

type Timestamp = string;

/** One episode of a rule's condition about one subject (migration 120). */
export interface WarningTable {
  id: Generated<number>;
  org_unit_id: number;
  rule: WarningRule;
  /** What the condition is about, stable from tick to tick (`unit:12`, `complaint:7`). */
  subject_key: string;
  level: WarningLevel;
  status: WarningStatus;
  facts_json: string;
  opened_at: Timestamp;
  /** The last tick at which the condition held. */
  last_seen_at: Timestamp;
  /** When the condition had stayed away for its quiet time: the episode is over. */
  ended_at: Timestamp | null;
  acknowledged_by: number | null;
  acknowledged_at: Timestamp | null;
  lifted_by: number | null;
  lifted_at: Timestamp | null;
  lift_reason: string | null;
}

/** A system allowed to push figures; only the hash of its token is kept. */
export interface WarningSourceTable {
  id: Generated<number>;
  name: string;
  token_hash: string;
  created_by: number;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface WarningSignalTable {
  id: Generated<number>;
  source_id: number;
  org_unit_id: number;
  kind: SignalKind;
  value: number;
  /** When the figure was measured, as the source says. */
  at: Timestamp;
  received_at: Timestamp;
}

export interface WarningTables {
  warnings: WarningTable;
  warning_sources: WarningSourceTable;
  warning_signals: WarningSignalTable;
}
