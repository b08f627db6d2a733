import { PassThrough } from "node:stream";
import { formatLocalTime } from "../../domain/common/time.ts";
import { CATEGORIES } from "../../domain/incidents/categories.ts";
import { SESSION_KIND_LABELS } from "../../domain/training/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { xlsxWriter } from "../http/xlsx.ts";
import { trainingRecord } from "./record.ts";

const WORDS = {
  sessions: { zh: "培训", en: "Sessions" },
  quizzes: { zh: "测验", en: "Quizzes" },
  drills: { zh: "演练", en: "Drills" },
  practice: { zh: "话术练习", en: "Script practice" },
  scenario: { zh: "场景", en: "Scenario" },
  verdict: { zh: "评价", en: "Verdict" },
  person: { zh: "姓名", en: "Name" },
  unit: { zh: "机构", en: "Unit" },
  year: { zh: "年度", en: "Year" },
  hours: { zh: "培训学时", en: "Training hours" },
  ref: { zh: "编号", en: "Reference" },
  kind: { zh: "类型", en: "Kind" },
  topic: { zh: "主题", en: "Topic" },
  at: { zh: "时间", en: "Time" },
  title: { zh: "测验", en: "Quiz" },
  score: { zh: "得分", en: "Score" },
  category: { zh: "演练类别", en: "Drill category" },
} as const;

const VERDICTS = {
  good: { zh: "回答得好", en: "Well answered" },
  needs_work: { zh: "还可以更好", en: "Could be better" },
} as const;

/**
 * A person's training record of a year as .xlsx: a summary and one sheet each of sessions, quizzes, drills
 * and script practice.
 */
export async function exportRecord(deps: Deps, caller: Caller, userId: number, year: number) {
  const record = await trainingRecord(deps, caller, userId, year);
  const { locale } = caller;
  const zone = deps.config.timeZone;
  const w = (k: keyof typeof WORDS) => WORDS[k][locale];
  await deps.db.transaction().execute((trx) =>
    appendAudit(trx, caller.actor, {
      action: "training.record_export",
      entityType: "training_record",
      entityId: userId,
      orgUnit: { id: caller.user.orgUnit.id, path: caller.scopePath },
      after: { userId, year },
    }),
  );
  const out = new PassThrough();
  const workbook = await xlsxWriter(out);
  const summary = workbook.addWorksheet(w("hours"));
  summary.columns = [
    { key: "k", width: 16 },
    { key: "v", width: 30 },
  ];
  for (const [k, v] of [
    [w("person"), record.user.name],
    [w("unit"), record.user.orgUnitName],
    [w("year"), record.year],
    [w("hours"), record.hours],
  ] as const)
    summary.addRow({ k, v }).commit();
  summary.commit();

  const sheet = (name: keyof typeof WORDS, columns: { key: string; header: string; width: number }[]) => {
    const s = workbook.addWorksheet(w(name), { views: [{ state: "frozen", ySplit: 1 }] });
    s.columns = columns;
    s.getRow(1).font = { bold: true };
    return s;
  };
  const sessions = sheet("sessions", [
    { key: "ref", header: w("ref"), width: 20 },
    { key: "kind", header: w("kind"), width: 14 },
    { key: "topic", header: w("topic"), width: 36 },
    { key: "at", header: w("at"), width: 18 },
    { key: "hours", header: w("hours"), width: 10 },
  ]);
  for (const s of record.sessions)
    sessions
      .addRow({
        ref: s.ref,
        kind: SESSION_KIND_LABELS[s.kind][locale],
        topic: s.topic,
        at: formatLocalTime(s.startsAt, zone),
        hours: s.hours,
      })
      .commit();
  sessions.commit();
  const quizzes = sheet("quizzes", [
    { key: "title", header: w("title"), width: 36 },
    { key: "score", header: w("score"), width: 10 },
    { key: "at", header: w("at"), width: 18 },
  ]);
  for (const q of record.quizzes)
    quizzes.addRow({ title: q.title, score: q.score, at: formatLocalTime(q.submittedAt, zone) }).commit();
  quizzes.commit();
  const drills = sheet("drills", [
    { key: "ref", header: w("ref"), width: 20 },
    { key: "category", header: w("category"), width: 20 },
    { key: "at", header: w("at"), width: 18 },
  ]);
  for (const d of record.drills)
    drills
      .addRow({
        ref: d.ref,
        category: CATEGORIES[d.category as keyof typeof CATEGORIES]?.label[locale] ?? d.category,
        at: formatLocalTime(d.reportedAt, zone),
      })
      .commit();
  drills.commit();
  const practice = sheet("practice", [
    { key: "scenario", header: w("scenario"), width: 30 },
    { key: "score", header: w("score"), width: 10 },
    { key: "verdict", header: w("verdict"), width: 14 },
    { key: "at", header: w("at"), width: 18 },
  ]);
  for (const p of record.practice)
    practice
      .addRow({
        scenario: p.title,
        score: p.score,
        verdict: VERDICTS[p.verdict][locale],
        at: formatLocalTime(p.at, zone),
      })
      .commit();
  practice.commit();
  workbook.commit().catch((err: Error) => out.destroy(err));
  return out;
}
