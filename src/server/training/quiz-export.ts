import { PassThrough } from "node:stream";
import { formatLocalTime } from "../../domain/common/time.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { xlsxWriter } from "../http/xlsx.ts";
import { quizResults } from "./quizzes.ts";

const WORDS = {
  sheet: { zh: "测验成绩", en: "Quiz results" },
  person: { zh: "姓名", en: "Name" },
  unit: { zh: "机构", en: "Unit" },
  score: { zh: "得分", en: "Score" },
  at: { zh: "提交时间", en: "Submitted" },
  notTaken: { zh: "未参加", en: "Not taken" },
  average: { zh: "平均分", en: "Average" },
} as const;

/**
 * A quiz's results per person as .xlsx, for the organiser to file or send up: everyone assigned, with their
 * score or "not taken", and the average of those who took it. Audited, as every export is.
 */
export async function exportQuizResults(deps: Deps, caller: Caller, id: number) {
  const results = await quizResults(deps.db, caller, id);
  const { locale } = caller;
  const w = (k: keyof typeof WORDS) => WORDS[k][locale];
  await deps.db.transaction().execute((trx) =>
    appendAudit(trx, caller.actor, {
      action: "training.quiz_results_export",
      entityType: "quiz",
      entityId: id,
      orgUnit: { id: caller.user.orgUnit.id, path: caller.scopePath },
      after: { quizId: id, people: results.results.length },
    }),
  );
  const out = new PassThrough();
  const workbook = await xlsxWriter(out);
  const sheet = workbook.addWorksheet(w("sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { key: "person", header: `${w("person")} · ${results.title}`, width: 28 },
    { key: "unit", header: w("unit"), width: 18 },
    { key: "score", header: w("score"), width: 10 },
    { key: "at", header: w("at"), width: 18 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of results.results)
    sheet
      .addRow({
        person: r.name,
        unit: r.orgUnitName,
        score: r.score ?? w("notTaken"),
        at: r.submittedAt ? formatLocalTime(r.submittedAt, deps.config.timeZone) : "",
      })
      .commit();
  sheet.addRow({ person: w("average"), score: results.averageScore ?? "" }).commit();
  sheet.commit();
  workbook.commit().catch((err: Error) => out.destroy(err));
  return out;
}
