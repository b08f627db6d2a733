import type { Generated } from "kysely";
import type { Role } from "../../domain/auth/roles.ts";
import type { CategoryCode } from "../../domain/incidents/categories.ts";
import type { Status } from "../../domain/incidents/lifecycle.ts";
import type { StepKey } from "../../domain/incidents/playbook.ts";
import type { ReportStage } from "../../domain/incidents/reports.ts";
import type { Severity } from "../../domain/incidents/severity.ts";

export interface IncidentTable {
  id: Generated<number>;
  ref: string;
  org_unit_id: number;
  category: CategoryCode;
  summary: string;
  answers_json: string;
  severity: Severity;
  /** JSON {zh, en}: why this level, as suggested or as given when it was changed. */
  severity_reason_json: string;
  status: Status;
  /** 1 for a drill (演练): kept out of the real figures. */
  drill: number;
  reported_by: number;
  reported_at: string;
  ack_due_at: string;
  acknowledged_at: string | null;
  acknowledged_by: number | null;
  /** How many levels above the outlet the unacknowledged report has gone. */
  escalation_level: number;
  responding_at: string | null;
  stabilised_at: string | null;
  closed_at: string | null;
  review_json: string | null;
  updated_at: string;
  /** The playbook version (knowhow_versions) the incident was reported under; it keeps it while it runs. */
  playbook_version_id: number | null;
}

export interface IncidentTaskTable {
  id: Generated<number>;
  incident_id: number;
  step: StepKey;
  template_key: string;
  /** JSON {zh, en}: the task's text as its playbook version wrote it when the task was drawn. */
  text_json: string;
  role: Role;
  position: number;
  done_at: string | null;
  done_by: number | null;
  /** The person the commander handed the task to, who may then complete it whatever their role. */
  assigned_to: number | null;
  /** What the person who completed it wrote, e.g. a commander completing it for someone else. */
  note: string | null;
}

/** Everything that happened, in order: the room's timeline. Text is rendered in the reader's language. */
export interface IncidentEventTable {
  id: Generated<number>;
  incident_id: number;
  at: string;
  actor_id: number | null;
  kind: string;
  params_json: string;
}

export interface IncidentRoleTable {
  incident_id: number;
  role: string;
  user_id: number;
  assigned_at: string;
}

/** Another outlet an event covers besides the unit that reported it (several outlets in one disaster). */
export interface IncidentOutletTable {
  incident_id: number;
  org_unit_id: number;
  added_by: number;
  added_at: string;
}

/** An upward report (上报) as sent: stamped and never changed afterwards. */
export interface IncidentReportTable {
  id: Generated<number>;
  incident_id: number;
  stage: ReportStage;
  fields_json: string;
  sent_at: string;
  sent_by: number;
}

/** A photo from the scene, kept in the database so that both engines and backups carry it. */
export interface IncidentAttachmentTable {
  id: Generated<number>;
  incident_id: number;
  file_name: string;
  mime: string;
  size: number;
  data: Buffer;
  uploaded_by: number;
  uploaded_at: string;
}

export interface IncidentTables {
  incidents: IncidentTable;
  incident_tasks: IncidentTaskTable;
  incident_events: IncidentEventTable;
  incident_roles: IncidentRoleTable;
  incident_outlets: IncidentOutletTable;
  incident_reports: IncidentReportTable;
  incident_attachments: IncidentAttachmentTable;
}
