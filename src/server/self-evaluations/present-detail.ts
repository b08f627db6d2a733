import type { Kysely } from "kysely";
import { startOfLocalDay } from "../../domain/calendar/dates.ts";
import type { Evaluation } from "../../domain/self-evaluations/schema.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { evidenceFor } from "./evidence.ts";
import { presentEvaluation } from "./present.ts";
import { filesOf, getEvaluationRow, itemsOf, lastYearOf } from "./store.ts";

/** One evaluation with its elements, files, the platform's evidence for the year, and last year beside it. */
export async function loadEvaluation(
  db: Kysely<Database>,
  user: SessionUser,
  id: number,
  timeZone: string,
): Promise<Evaluation> {
  const row = await getEvaluationRow(db, user.orgUnit.path, id);
  const range = {
    from: startOfLocalDay(`${row.year}-01-01`, timeZone).toISOString(),
    to: startOfLocalDay(`${row.year + 1}-01-01`, timeZone).toISOString(),
  };
  const [items, files, evidence, lastYear] = await Promise.all([
    itemsOf(db, id),
    filesOf(db, id),
    evidenceFor(db, row.org_path, row.year, range),
    lastYearOf(db, row),
  ]);
  const lastYearItems = lastYear ? await itemsOf(db, lastYear.id) : [];
  return presentEvaluation(row, { items, files, evidence, lastYear, lastYearItems }, user);
}
