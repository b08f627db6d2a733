import type { Kysely } from "kysely";
import { startOfLocalDay } from "../../domain/calendar/dates.ts";
import type { Evaluation } from "../../domain/self-evaluations/schema.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { evidenceFor } from "./evidence.ts";
import { presentEvaluation } from "./present.ts";
import { filesOf, getEvaluationRow, itemsOf, lastYearOf } from "./store.ts";

/**
 * One evaluation with its elements, files, the platform's evidence for the year, and last year beside it: the
 * scores of last year's evaluation and the platform's figures of last year, whether or not one was made.
 */
export async function loadEvaluation(
  db: Kysely<Database>,
  user: SessionUser,
  id: number,
  timeZone: string,
): Promise<Evaluation> {
  const row = await getEvaluationRow(db, user.orgUnit.path, id);
  const rangeOf = (year: number) => ({
    from: startOfLocalDay(`${year}-01-01`, timeZone).toISOString(),
    to: startOfLocalDay(`${year + 1}-01-01`, timeZone).toISOString(),
  });
  const [items, files, evidence, lastYearEvidence, lastYear] = await Promise.all([
    itemsOf(db, id),
    filesOf(db, id),
    evidenceFor(db, row.org_path, row.year, rangeOf(row.year)),
    evidenceFor(db, row.org_path, row.year - 1, rangeOf(row.year - 1)),
    lastYearOf(db, row),
  ]);
  const lastYearItems = lastYear ? await itemsOf(db, lastYear.id) : [];
  return presentEvaluation(row, { items, files, evidence, lastYearEvidence, lastYear, lastYearItems }, user);
}
