import type { z } from "zod";
import { evaluationActions } from "../../domain/self-evaluations/policy.ts";
import type {
  Evaluation,
  EvidenceFigures,
  evaluationSummary,
  RatingElement,
} from "../../domain/self-evaluations/schema.ts";
import type { EvidenceSource } from "../../domain/self-evaluations/vocabulary.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { EvaluationRow, ItemRow } from "./store.ts";
import type { RatingElementTable } from "./tables.ts";

type ElementRow = Omit<RatingElementTable, "id"> & { id: number };

export const presentElement = (row: ElementRow): RatingElement => ({
  id: row.id,
  code: row.code,
  titleZh: row.title_zh,
  titleEn: row.title_en,
  weight: row.weight,
  evidenceZh: row.evidence_zh,
  evidenceEn: row.evidence_en,
  sources: JSON.parse(row.sources) as EvidenceSource[],
  position: row.position,
  enabled: row.disabled_at === null,
});

export function presentSummary(row: EvaluationRow): z.infer<typeof evaluationSummary> {
  return {
    id: row.id,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_name,
    year: row.year,
    status: row.status,
    draftScore: Number(row.draft_score ?? 0),
    maxScore: Number(row.max_score ?? 0),
    preparedBy: { id: row.prepared_by, displayName: row.preparer_name },
    signedOffBy:
      row.signed_off_by === null ? null : { id: row.signed_off_by, displayName: row.signer_name ?? "" },
    signedOffAt: row.signed_off_at,
  };
}

export function presentEvaluation(
  row: EvaluationRow,
  parts: {
    items: ItemRow[];
    files: { id: number; item_id: number; file_name: string; mime: string }[];
    evidence: EvidenceFigures;
    lastYearEvidence: EvidenceFigures;
    lastYear: EvaluationRow | undefined;
    lastYearItems: ItemRow[];
  },
  user: SessionUser,
): Evaluation {
  return {
    ...presentSummary(row),
    items: parts.items.map((i) => ({
      id: i.id,
      position: i.position,
      code: i.code,
      titleZh: i.title_zh,
      titleEn: i.title_en,
      weight: i.weight,
      evidenceZh: i.evidence_zh,
      evidenceEn: i.evidence_en,
      sources: JSON.parse(i.sources) as EvidenceSource[],
      score: i.score === null ? null : Number(i.score),
      comment: i.comment,
      lastYearScore: ((s) => (s === null || s === undefined ? null : Number(s)))(
        parts.lastYearItems.find((l) => l.code === i.code)?.score,
      ),
      files: parts.files
        .filter((f) => f.item_id === i.id)
        .map((f) => ({ id: f.id, fileName: f.file_name, mime: f.mime })),
    })),
    evidence: parts.evidence,
    lastYearEvidence: parts.lastYearEvidence,
    lastYear: parts.lastYear
      ? {
          id: parts.lastYear.id,
          draftScore: Number(parts.lastYear.draft_score ?? 0),
          status: parts.lastYear.status,
        }
      : null,
    allowedActions: evaluationActions(user, { status: row.status, preparedBy: row.prepared_by }),
  };
}
