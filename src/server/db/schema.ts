import type { Generated } from "kysely";
import type { Role } from "../../domain/auth/roles.ts";
import type { OrgKind } from "../../domain/org/units.ts";
import type { AccountabilityTables } from "../accountability/tables.ts";
import type { CalendarTables } from "../calendar/tables.ts";
import type { CampaignTables } from "../campaigns/tables.ts";
import type { CaseTables } from "../cases/tables.ts";
import type { ComplaintTables } from "../complaints/tables.ts";
import type { ComplianceTables } from "../compliance/tables.ts";
import type { CounterExceptionTables } from "../counter-exceptions/tables.ts";
import type { ImprovementTables } from "../improvements/tables.ts";
import type { IncidentTables } from "../incidents/tables.ts";
import type { InspectionTables } from "../inspections/tables.ts";
import type { KnowhowTables } from "../knowhow/tables.ts";
import type { LinkTables } from "../links/tables.ts";
import type { NotifyTables } from "../notifications/tables.ts";
import type { OpinionTables } from "../opinion/tables.ts";
import type { RosterTables } from "../roster/tables.ts";
import type { ScriptTables } from "../scripts/tables.ts";
import type { SelfEvaluationTables } from "../self-evaluations/tables.ts";
import type { TrainingTables } from "../training/tables.ts";
import type { WarningTables } from "../warnings/tables.ts";

/** Times are ISO-8601 UTC strings on both engines (timestamptz on PostgreSQL, text on SQLite). */
type Timestamp = string;

export interface OrgUnitTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: OrgKind;
  parent_id: number | null;
  path: string;
  duty_phone: string | null;
  tech_support_phone: string | null;
  created_at: Timestamp;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: Role;
  org_unit_id: number;
  password_hash: string;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
  /** For one-tap calls from the incident room. */
  mobile_phone: string | null;
  /** Where e-mail notices go (notifications/outbox). */
  email: string | null;
  /** Set by an administrator's password reset; cleared when the user chooses their own. */
  password_change_required_at: Timestamp | null;
}

export interface SessionTable {
  /** sha256 of the cookie's token, so a stolen database copy holds no usable session. */
  id: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: number | null;
  actor_username: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  org_unit_id: number | null;
  /** Materialised path of org_unit_id, so that a reader's scope is one prefix query. */
  org_path: string | null;
  before_json: string | null;
  after_json: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
  /** chainOf(org_path) (src/server/audit/chain.ts): one hash chain per branch, "" for the root chain. */
  chain: string;
}

/** One row per chain: its newest entry, so that deleting the tail of a chain is detected too. */
export interface AuditHeadTable {
  chain: string;
  last_id: number;
  last_hash: string;
}

/** A pending deadline; the scheduler deletes it when it fires. */
export interface DueItemTable {
  id: Generated<number>;
  kind: string;
  subject_id: number;
  due_at: Timestamp;
  attempts: number;
}

/** The in-app inbox. */
export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  message_key: string;
  params_json: string;
  link: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

/** Settings an administrator maintains, one JSON document per key (e.g. "incidents.policy"). */
export interface SettingTable {
  key: string;
  value_json: string;
  updated_at: Timestamp;
}

/** Last number handed out per reference prefix and local day (INC-20261122-0007). */
export interface RefCounterTable {
  prefix: string;
  day: string;
  last: number;
}

/** Failed sign-in attempts per client address or username in the current window (src/server/auth/rate-limit-store.ts). */
export interface RateLimitTable {
  key: string;
  hits: number;
  /** Epoch milliseconds; bigint on PostgreSQL, which the driver returns as a string. */
  window_start: number | string;
}

/** A token per set of tables the server holds derived values of, new after every change to them (migration 203). */
export interface ChangeTokenTable {
  name: "complaint_tables" | "watch_list";
  token: string;
}

/** The foundation's tables; each feature declares its own in `src/server/<feature>/tables.ts` and adds them below. */

interface FoundationTables {
  org_units: OrgUnitTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  audit_heads: AuditHeadTable;
  ref_counters: RefCounterTable;
  due_items: DueItemTable;
  notifications: NotificationTable;
  settings: SettingTable;
  rate_limits: RateLimitTable;
  change_tokens: ChangeTokenTable;
}

export type Database = FoundationTables &
  IncidentTables &
  CounterExceptionTables &
  ComplaintTables &
  CalendarTables &
  ComplianceTables &
  CaseTables &
  ScriptTables &
  ImprovementTables &
  WarningTables &
  InspectionTables &
  CampaignTables &
  SelfEvaluationTables &
  LinkTables &
  TrainingTables &
  AccountabilityTables &
  OpinionTables &
  NotifyTables &
  RosterTables &
  KnowhowTables;
