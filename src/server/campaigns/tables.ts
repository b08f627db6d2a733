import type { Generated } from "kysely";
import type { PlaceKind, PlanStatus, TargetGroup } from "../../domain/campaigns/vocabulary.ts";

type Timestamp = string;

export interface EducationCampaignTable {
  code: string;
  name_zh: string;
  name_en: string;
  position: number;
}

/** One outlet's plan for one year; the lists are JSON arrays of codes. */
export interface EducationPlanTable {
  id: Generated<number>;
  org_unit_id: number;
  year: number;
  status: PlanStatus;
  target_groups: string;
  themes: string;
  campaign_codes: string;
  submitted_by: number | null;
  submitted_at: Timestamp | null;
  decided_by: number | null;
  decided_at: Timestamp | null;
  decision_comment: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EducationPlanMonthTable {
  id: Generated<number>;
  plan_id: number;
  month: number;
  campaign_code: string | null;
  target_group: TargetGroup;
  topic: string;
  planned_count: number;
}

export interface EducationActivityTable {
  id: Generated<number>;
  ref: string;
  org_unit_id: number;
  campaign_code: string | null;
  /** Local date YYYY-MM-DD. */
  held_on: string;
  place_kind: PlaceKind;
  place: string;
  target_group: TargetGroup;
  topic: string;
  people_reached: number;
  feedback: string | null;
  recorded_by: number;
  recorded_at: Timestamp;
}

export interface EducationActivityMaterialTable {
  activity_id: number;
  material_id: number;
}

export interface EducationActivityPhotoTable {
  id: Generated<number>;
  activity_id: number;
  file_name: string;
  mime: string;
  size: number;
  data: Buffer;
  uploaded_by: number;
  uploaded_at: Timestamp;
}

export interface CampaignTables {
  education_campaigns: EducationCampaignTable;
  education_plans: EducationPlanTable;
  education_plan_months: EducationPlanMonthTable;
  education_activities: EducationActivityTable;
  education_activity_materials: EducationActivityMaterialTable;
  education_activity_photos: EducationActivityPhotoTable;
}
