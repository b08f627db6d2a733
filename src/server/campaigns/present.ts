import { type PlanState, planActions } from "../../domain/campaigns/policy.ts";
import type { Activity, Plan } from "../../domain/campaigns/schema.ts";
import type { TargetGroup } from "../../domain/campaigns/vocabulary.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { ActivityRow, Attachments, MonthRow, PlanRow } from "./store.ts";

const person = (id: number | null, name: string | null) =>
  id === null ? null : { id, displayName: name ?? "" };

export function planState(row: PlanRow, monthCount: number): PlanState {
  return { status: row.status, submittedBy: row.submitted_by, monthCount };
}

export function presentPlan(row: PlanRow, months: MonthRow[], user: SessionUser): Plan {
  const own = months.filter((m) => m.plan_id === row.id);
  return {
    id: row.id,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_name,
    year: row.year,
    status: row.status,
    targetGroups: JSON.parse(row.target_groups) as TargetGroup[],
    themes: row.themes,
    campaignCodes: JSON.parse(row.campaign_codes) as string[],
    months: own.map((m) => ({
      month: m.month,
      campaignCode: m.campaign_code,
      targetGroup: m.target_group,
      topic: m.topic,
      plannedCount: m.planned_count,
    })),
    plannedTotal: own.reduce((n, m) => n + m.planned_count, 0),
    submittedBy: person(row.submitted_by, row.submitter_name),
    submittedAt: row.submitted_at,
    decidedBy: person(row.decided_by, row.decider_name),
    decidedAt: row.decided_at,
    decisionComment: row.decision_comment,
    updatedAt: row.updated_at,
    allowedActions: planActions(user, planState(row, own.length)),
  };
}

export function presentActivity(row: ActivityRow, attachments: Attachments): Activity {
  return {
    id: row.id,
    ref: row.ref,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_name,
    campaignCode: row.campaign_code,
    heldOn: row.held_on,
    placeKind: row.place_kind,
    place: row.place,
    targetGroup: row.target_group,
    topic: row.topic,
    materials: attachments.materials
      .filter((m) => m.activity_id === row.id)
      .map((m) => ({ id: m.id, ref: m.ref, title: m.title })),
    peopleReached: row.people_reached,
    feedback: row.feedback,
    photos: attachments.photos
      .filter((p) => p.activity_id === row.id)
      .map((p) => ({ id: p.id, fileName: p.file_name })),
    recordedBy: { id: row.recorded_by, displayName: row.recorder_name },
    recordedAt: row.recorded_at,
  };
}
