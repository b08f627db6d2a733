import { PassThrough } from "node:stream";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { formatLocalTime } from "../../../domain/common/time.ts";
import type { CategoryEntry } from "../../../domain/complaints/classification.ts";
import { COMPLAINT_STATUS_LABELS } from "../../../domain/complaints/lifecycle.ts";
import type { Bucket } from "../../../domain/complaints/stats.ts";
import type { statsQuery } from "../../../domain/complaints/stats-schema.ts";
import { LABELS } from "../../../domain/complaints/vocabulary.ts";
import { appendAudit } from "../../audit/append.ts";
import type { Caller } from "../../auth/session-user.ts";
import type { Database } from "../../db/schema.ts";
import { startsWith } from "../../db/starts-with.ts";
import { csvLine } from "../../http/csv.ts";
import type { Deps } from "../../http/deps.ts";
import { xlsxWriter } from "../../http/xlsx.ts";
import { toSummary } from "../present.ts";
import { complaintsInScope, loadCategories } from "../store.ts";
import { aggregateStats, countRepeats } from "./live.ts";
import { rollupStats } from "./store.ts";

type StatsFilter = z.infer<typeof statsQuery>;

/** Complaints under scopePath joined to their unit only: what the figures read, without the handler join. */
const figuresInScope = (db: Kysely<Database>, scopePath: string) =>
  db
    .selectFrom("complaints")
    .innerJoin("org_units", "org_units.id", "complaints.org_unit_id")
    .where(startsWith("org_units.path", scopePath));

/**
 * The narrowest subtree a filter asks for: the chosen unit's inside the caller's scope, the scope when the
 * unit lies above it, "-" (nothing) when the unit lies elsewhere or does not exist.
 */
async function narrowest(db: Kysely<Database>, scopePath: string, orgUnitId?: number) {
  if (!orgUnitId) return scopePath;
  const unit = await db.selectFrom("org_units").select("path").where("id", "=", orgUnitId).executeTakeFirst();
  if (!unit) return "-";
  if (unit.path.startsWith(scopePath)) return unit.path;
  return scopePath.startsWith(unit.path) ? scopePath : "-";
}

/** The statistics filter on top of a scoped query: complaints only (not review cases), unit, period. */
async function filtered<Q extends ReturnType<typeof figuresInScope>>(
  db: Kysely<Database>,
  q: Q,
  f: StatsFilter,
) {
  let out = q.where("complaints.kind", "=", "complaint");
  if (f.orgUnitId) out = out.where(startsWith("org_units.path", await narrowest(db, "", f.orgUnitId)));
  if (f.receivedFrom) out = out.where("complaints.received_at", ">=", new Date(f.receivedFrom).toISOString());
  if (f.receivedTo) out = out.where("complaints.received_at", "<", new Date(f.receivedTo).toISOString());
  return out as Q;
}

/** The same figures counted from the complaints themselves: the reference the rollup is tested against. */
export async function liveStatsFor(deps: Deps, caller: Caller, f: StatsFilter) {
  const [base, cats] = await Promise.all([
    filtered(deps.db, figuresInScope(deps.db, caller.scopePath), f),
    loadCategories(deps.db),
  ]);
  return aggregateStats(deps.db, base, cats, deps.now(), deps.config.timeZone);
}

/**
 * Dashboard figures for the caller's subtree (or a unit in it) and period: from the rollup kept by the
 * complaint commands (store.ts), or counted live when the period cuts a local month.
 */
export async function statsFor(deps: Deps, caller: Caller, f: StatsFilter) {
  const [path, cats] = await Promise.all([
    narrowest(deps.db, caller.scopePath, f.orgUnitId),
    loadCategories(deps.db),
  ]);
  const liveRepeats = async () =>
    countRepeats(deps.db, await filtered(deps.db, figuresInScope(deps.db, caller.scopePath), f));
  const request = { path, ...f, now: deps.now(), timeZone: deps.config.timeZone };
  const result =
    (await rollupStats(deps.db, request, cats, liveRepeats)) ?? (await liveStatsFor(deps, caller, f));
  const grade = (b: Bucket) => ({
    ...b,
    label: LABELS.grade[b.key as keyof typeof LABELS.grade]?.[caller.locale] ?? b.key,
  });
  return { ...result, byGrade: result.byGrade.map(grade) };
}

const DETAIL_COLUMNS = [
  { key: "ref", zh: "编号", en: "Reference", width: 20 },
  { key: "outlet", zh: "机构", en: "Unit", width: 16 },
  { key: "receivedAt", zh: "受理时间", en: "Received", width: 18 },
  { key: "channel", zh: "业务办理渠道", en: "Channel", width: 28 },
  { key: "businessCategory", zh: "业务类别", en: "Business category", width: 16 },
  { key: "cause", zh: "投诉原因", en: "Cause", width: 22 },
  { key: "grade", zh: "等级", en: "Grade", width: 8 },
  { key: "status", zh: "状态", en: "Status", width: 10 },
  { key: "complainant", zh: "投诉人（已脱敏）", en: "Complainant (masked)", width: 20 },
  { key: "summary", zh: "投诉事由", en: "Summary", width: 40 },
  { key: "dueAt", zh: "处理时限", en: "Due", width: 18 },
  { key: "breached", zh: "超时", en: "Breached", width: 8 },
] as const;

const BATCH = 500;

/** Detail rows, masked as in the list, read a batch at a time by keyset. */
async function* detailRows(deps: Deps, caller: Caller, f: StatsFilter, cats: CategoryEntry[]) {
  const now = deps.now();
  const zone = deps.config.timeZone;
  const base = await filtered(deps.db, complaintsInScope(deps.db, caller.scopePath), f);
  let before: number | null = null;
  for (;;) {
    const page = await (before === null ? base : base.where("complaints.id", "<", before))
      .orderBy("complaints.id", "desc")
      .limit(BATCH)
      .execute();
    for (const r of page) {
      const s = toSummary(r, cats, now);
      yield {
        ref: s.ref,
        outlet: s.orgUnitName,
        receivedAt: formatLocalTime(s.receivedAt, zone),
        channel: s.channel.path.join(" / "),
        businessCategory: s.businessCategory.label,
        cause: s.cause.label,
        grade: LABELS.grade[s.grade][caller.locale],
        status: COMPLAINT_STATUS_LABELS[s.status][caller.locale],
        complainant: [s.complainantName, s.complainantPhone].filter(Boolean).join(" "),
        summary: s.summary,
        dueAt: s.decisionDueAt ? formatLocalTime(s.decisionDueAt, zone) : "",
        breached: s.breached ? (caller.locale === "zh" ? "是" : "Yes") : "",
      };
    }
    if (page.length < BATCH) return;
    before = page[page.length - 1].id;
  }
}

async function auditExport(deps: Deps, caller: Caller, format: string, f: StatsFilter) {
  await deps.db.transaction().execute((trx) =>
    appendAudit(trx, caller.actor, {
      action: "complaints.export",
      entityType: "complaint",
      orgUnit: { id: caller.user.orgUnit.id, path: caller.scopePath },
      after: { format, filter: f },
    }),
  );
}

/** The four figures each statistics sheet gives per row, after the columns that name the row. */
const FIGURE_COLUMNS = [
  { key: "count", zh: "投诉量", en: "Complaints" },
  { key: "decided", zh: "已办结", en: "Decided" },
  { key: "onTime", zh: "按时办结", en: "On time" },
  { key: "breached", zh: "超时", en: "Breached" },
] as const;

/** The columns that name a statistics row. */
type Naming = { key: "key" | "label"; zh: string; en: string; width: number }[];

const CLASSIFIED: Naming = [
  { key: "key", zh: "代码", en: "Code", width: 10 },
  { key: "label", zh: "分类", en: "Entry", width: 36 },
];

/**
 * The statistics sheets: the three axes of the classification (code and label path, as the regulator's
 * tables list them), then the units and the months of the period.
 */
const STATS_SHEETS = [
  ["byChannel", { zh: "按业务办理渠道", en: "By channel" }],
  ["byBusinessCategory", { zh: "按业务类别", en: "By business category" }],
  ["byCause", { zh: "按投诉原因", en: "By cause" }],
  ["byOutlet", { zh: "按机构", en: "By unit" }],
  ["byMonth", { zh: "按月份", en: "By month" }],
] as const;

const NAMED_BY: Record<(typeof STATS_SHEETS)[number][0], Naming> = {
  byChannel: CLASSIFIED,
  byBusinessCategory: CLASSIFIED,
  byCause: CLASSIFIED,
  byOutlet: [{ key: "label", zh: "机构", en: "Unit", width: 24 }],
  byMonth: [{ key: "key", zh: "月份（受理）", en: "Month received", width: 16 }],
};

/** .xlsx with one sheet per statistics axis, unit and month, plus the masked detail. */
export async function exportXlsx(deps: Deps, caller: Caller, f: StatsFilter): Promise<PassThrough> {
  await auditExport(deps, caller, "xlsx", f);
  const { locale } = caller;
  const [stats, cats] = await Promise.all([statsFor(deps, caller, f), loadCategories(deps.db)]);
  const out = new PassThrough();
  const workbook = await xlsxWriter(out);
  const write = async () => {
    for (const [key, title] of STATS_SHEETS) {
      const sheet = workbook.addWorksheet(title[locale], { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.columns = [
        ...NAMED_BY[key].map((c) => ({ key: c.key, header: c[locale], width: c.width })),
        ...FIGURE_COLUMNS.map((c) => ({ key: c.key, header: c[locale], width: 10 })),
      ];
      sheet.getRow(1).font = { bold: true };
      for (const b of stats[key]) sheet.addRow(b).commit();
      sheet.commit();
    }
    const detail = workbook.addWorksheet(locale === "zh" ? "投诉明细" : "Complaints", {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    detail.columns = DETAIL_COLUMNS.map((c) => ({ key: c.key, header: c[locale], width: c.width }));
    detail.getRow(1).font = { bold: true };
    for await (const row of detailRows(deps, caller, f, cats)) detail.addRow(row).commit();
    detail.commit();
    await workbook.commit();
  };
  write().catch((err) => out.destroy(err));
  return out;
}

/** The masked detail as CSV with a BOM, so that Excel opens the Chinese text correctly. */
export async function exportCsv(deps: Deps, caller: Caller, f: StatsFilter): Promise<PassThrough> {
  await auditExport(deps, caller, "csv", f);
  const cats = await loadCategories(deps.db);
  const out = new PassThrough();
  const write = async () => {
    out.write(`\uFEFF${csvLine(DETAIL_COLUMNS.map((c) => c[caller.locale]))}`);
    for await (const row of detailRows(deps, caller, f, cats)) {
      out.write(csvLine(DETAIL_COLUMNS.map((c) => row[c.key])));
    }
    out.end();
  };
  write().catch((err) => out.destroy(err));
  return out;
}
