import type { z } from "zod";
import {
  type Actor,
  inspectionActions,
  type RectificationState,
  rectificationActions,
} from "../../domain/inspections/policy.ts";
import type {
  InspectionDetail,
  InspectionSummary,
  inspectionPhoto,
  Rectification,
} from "../../domain/inspections/schema.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { InspectionRow, PhotoRow, RectificationRow, ResultRow } from "./store.ts";

export const actorOf = (user: SessionUser): Actor => ({
  id: user.id,
  role: user.role,
  orgUnitId: user.orgUnit.id,
});

export function presentPhoto(p: PhotoRow): z.infer<typeof inspectionPhoto> {
  return {
    id: p.id,
    fileName: p.file_name,
    mime: p.mime,
    size: p.size,
    uploadedAt: p.uploaded_at,
    uploadedBy: p.uploaded_by_name,
  };
}

export function presentSummary(row: InspectionRow): InspectionSummary {
  return {
    id: row.id,
    ref: row.ref,
    status: row.status,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_name,
    inspector: { id: row.inspector_id, displayName: row.inspector_name },
    startedAt: row.started_at,
    submittedAt: row.submitted_at,
    closedAt: row.closed_at,
    failCount: Number(row.fail_count),
    openRectifications: Number(row.open_count),
  };
}

export function rectificationState(row: RectificationRow): RectificationState {
  return {
    status: row.status,
    ownerId: row.owner_id,
    orgUnitId: row.org_unit_id,
    photoCount: Number(row.photo_count),
  };
}

export function presentRectification(
  row: RectificationRow,
  photos: PhotoRow[],
  user: SessionUser,
  now: Date,
): Rectification {
  const overdue = row.overdue_at !== null || (row.status === "open" ? now.toISOString() > row.due_at : false);
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    inspectionRef: row.inspection_ref,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_name,
    labelZh: row.label_zh,
    labelEn: row.label_en,
    finding: row.finding,
    owner: { id: row.owner_id, displayName: row.owner_name },
    dueOn: row.due_on,
    status: row.status,
    overdue,
    evidenceNote: row.evidence_note,
    closedAt: row.closed_at,
    closedBy: row.closed_by === null ? null : { id: row.closed_by, displayName: row.closer_name ?? "" },
    photos: photos.filter((p) => p.rectification_id === row.id).map(presentPhoto),
    allowedActions: rectificationActions(actorOf(user), rectificationState(row)),
  };
}

export function presentDetail(
  row: InspectionRow,
  parts: {
    results: ResultRow[];
    photos: PhotoRow[];
    rectifications: RectificationRow[];
    staff: { id: number; display_name: string }[];
  },
  user: SessionUser,
  now: Date,
): InspectionDetail {
  return {
    ...presentSummary(row),
    summary: row.summary,
    results: parts.results.map((r) => ({
      id: r.id,
      position: r.position,
      code: r.code,
      labelZh: r.label_zh,
      labelEn: r.label_en,
      outcome: r.outcome,
      note: r.note,
      owner: r.owner_id === null ? null : { id: r.owner_id, displayName: r.owner_name ?? "" },
      dueOn: r.due_on,
      photos: parts.photos.filter((p) => p.result_id === r.id).map(presentPhoto),
    })),
    rectifications: parts.rectifications.map((rc) => presentRectification(rc, parts.photos, user, now)),
    outletStaff: parts.staff.map((s) => ({ id: s.id, displayName: s.display_name })),
    allowedActions: inspectionActions(actorOf(user), row.status),
  };
}
