import type { Migration, MigrationProvider } from "kysely/migration";
import * as m001 from "./001_foundation.ts";
import * as m002 from "./002_platform.ts";
import * as m003 from "./003_incidents.ts";
import * as m004 from "./004_complaints.ts";
import * as m005 from "./005_counter_exceptions.ts";
import * as m010 from "./010_compliance.ts";
import * as m011 from "./011_compliance_default_rules.ts";
import * as m012 from "./012_cases.ts";
import * as m020 from "./020_figures_indexes.ts";
import * as m021 from "./021_figures_index_by_kind.ts";
import * as m022 from "./022_complaints_status_id.ts";
import * as m023 from "./023_audit_chains.ts";
import * as m024 from "./024_complaint_figures.ts";
import * as m025 from "./025_complaints_breached_id.ts";
import * as m026 from "./026_unflagged_due_by_status.ts";
import * as m027 from "./027_complaints_unit_status.ts";
import * as m028 from "./028_complaint_figures_by_axis.ts";
import * as m029 from "./029_complaint_figures_covering.ts";
import * as m040 from "./040_rate_limits.ts";
import * as m041 from "./041_password_change_required.ts";
import * as m050 from "./050_task_handover_and_phones.ts";
import * as m060 from "./060_id_document_types.ts";
import * as m070 from "./070_cases_reindex.ts";
import * as m071 from "./071_compliance_rules_gaps.ts";
import * as m090 from "./090_incident_outlets.ts";
import * as m100 from "./100_service_rules_from_seed.ts";
import * as m101 from "./101_practice_attempts.ts";
import * as m102 from "./102_improvement_actions.ts";
import * as m105 from "./105_counter_exception_deadlines_and_links.ts";
import * as m110 from "./110_opinion.ts";
import * as m120 from "./120_warnings.ts";
import * as m130 from "./130_notify_outbox.ts";
import * as m140 from "./140_training.ts";
import * as m141 from "./141_accountability_and_disc.ts";
import * as m150 from "./150_list_filter_indexes.ts";
import * as m151 from "./151_complaints_repeat_index.ts";
import * as m160 from "./160_inspections.ts";
import * as m161 from "./161_campaigns.ts";
import * as m162 from "./162_self_evaluations.ts";
import * as m170 from "./170_knowhow.ts";
import * as m180 from "./180_playbooks.ts";
import * as m181 from "./181_counter_guidance.ts";
import * as m182 from "./182_knowhow_improvements.ts";
import * as m185 from "./185_opinion_mentions_published.ts";
import * as m186 from "./186_opinion_links_on_record_links.ts";
import * as m187 from "./187_opinion_events_url.ts";
import * as m190 from "./190_training_session_files.ts";
import * as m191 from "./191_training_evidence.ts";
import * as m195 from "./195_complaint_arrivals.ts";
import * as m200 from "./200_opinion_mention_links.ts";
import * as m201 from "./201_personal_data_sealed.ts";
import * as m202 from "./202_complaint_first_ids.ts";
import * as m203 from "./203_change_tokens.ts";
import type { MigrationSettings } from "./settings.ts";

/**
 * Every migration in order. A migration never changes after it has landed; add a new one instead. A
 * migration is self-contained: what it needs of the live code is copied in, frozen (the code moves on, the
 * migration must not), and configuration reaches it through `settings`, never from the environment.
 */
const migrations = (settings: MigrationSettings): Record<string, Migration> => ({
  "001_foundation": m001,
  "002_platform": m002,
  "003_incidents": m003,
  "004_complaints": m004,
  "005_counter_exceptions": m005,
  "010_compliance": m010,
  "011_compliance_default_rules": m011,
  "012_cases": m012,
  "020_figures_indexes": m020,
  "021_figures_index_by_kind": m021,
  "022_complaints_status_id": m022,
  "023_audit_chains": m023,
  "024_complaint_figures": m024.migration(settings),
  "025_complaints_breached_id": m025,
  "026_unflagged_due_by_status": m026,
  "027_complaints_unit_status": m027,
  "028_complaint_figures_by_axis": m028,
  "029_complaint_figures_covering": m029,
  "040_rate_limits": m040,
  "041_password_change_required": m041,
  "050_task_handover_and_phones": m050,
  "060_id_document_types": m060,
  "070_cases_reindex": m070,
  "071_compliance_rules_gaps": m071,
  "090_incident_outlets": m090,
  "100_service_rules_from_seed": m100,
  "101_practice_attempts": m101,
  "102_improvement_actions": m102,
  "105_counter_exception_deadlines_and_links": m105,
  "110_opinion": m110,
  "120_warnings": m120,
  "130_notify_outbox": m130,
  "140_training": m140,
  "141_accountability_and_disc": m141,
  "150_list_filter_indexes": m150,
  "151_complaints_repeat_index": m151,
  "160_inspections": m160,
  "161_campaigns": m161,
  "162_self_evaluations": m162,
  "170_knowhow": m170,
  "180_playbooks": m180,
  "181_counter_guidance": m181,
  "182_knowhow_improvements": m182,
  "185_opinion_mentions_published": m185,
  "186_opinion_links_on_record_links": m186,
  "187_opinion_events_url": m187,
  "190_training_session_files": m190,
  "191_training_evidence": m191,
  "195_complaint_arrivals": m195,
  "200_opinion_mention_links": m200,
  "201_personal_data_sealed": m201,
  "202_complaint_first_ids": m202,
  "203_change_tokens": m203,
});

export const migrationProvider = (settings: MigrationSettings): MigrationProvider => ({
  getMigrations: async () => migrations(settings),
});

export type { MigrationSettings };
