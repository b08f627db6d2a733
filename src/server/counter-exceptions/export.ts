import { PassThrough } from "node:stream";
import { formatLocalTime } from "../../domain/common/time.ts";
import type { ListQuery } from "../../domain/counter-exceptions/schema.ts";
import { STATUS_LABELS } from "../../domain/counter-exceptions/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { xlsxWriter } from "../http/xlsx.ts";
import { toListItem } from "./present.ts";
import { filteredExceptions } from "./store.ts";

const BATCH = 500;

const COLUMNS = [
  { key: "ref", zh: "编号", en: "Reference", width: 20 },
  { key: "outlet", zh: "网点", en: "Outlet", width: 16 },
  { key: "type", zh: "异常类型", en: "Type", width: 18 },
  { key: "status", zh: "状态", en: "Status", width: 12 },
  { key: "reporter", zh: "登记人", en: "Reported by", width: 14 },
  { key: "reportedAt", zh: "登记时间", en: "Reported at", width: 18 },
  { key: "description", zh: "异常情况", en: "What happened", width: 40 },
  { key: "transactionRef", zh: "交易流水号", en: "Transaction", width: 18 },
  { key: "amount", zh: "金额（元）", en: "Amount (CNY)", width: 14 },
  { key: "customer", zh: "客户（已脱敏）", en: "Customer (masked)", width: 26 },
  { key: "followUpDueAt", zh: "跟进期限", en: "Follow-up due", width: 18 },
  { key: "overdue", zh: "跟进逾期", en: "Overdue", width: 10 },
  { key: "pattern", zh: "30天内同类次数", en: "Same type in 30 days", width: 14 },
  { key: "complaintRef", zh: "关联投诉", en: "Complaint", width: 20 },
] as const;

/**
 * The filtered register as .xlsx, streamed: rows are read a batch at a time by keyset and written as they
 * come, so a year of records never sits in memory. Customer data is masked, as in the list; the export itself
 * is audited with its filter.
 */
export async function exportExceptions(deps: Deps, caller: Caller, filter: ListQuery): Promise<PassThrough> {
  const now = deps.now();
  const { locale } = caller;
  const zone = deps.config.timeZone;
  await deps.db.transaction().execute((trx) =>
    appendAudit(trx, caller.actor, {
      action: "counter_exceptions.export",
      entityType: "counter_exception",
      orgUnit: { id: caller.user.orgUnit.id, path: caller.scopePath },
      after: { filter },
    }),
  );
  const out = new PassThrough();
  const workbook = await xlsxWriter(out);
  const sheet = workbook.addWorksheet(locale === "zh" ? "柜面异常登记" : "Counter exceptions", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((c) => ({
    key: c.key,
    header: c[locale],
    width: c.width,
    ...(c.key === "amount" && { style: { numFmt: "#,##0.00" } }),
  }));
  sheet.getRow(1).font = { bold: true };

  const write = async () => {
    const query = await filteredExceptions(deps.db, caller.scopePath, filter, now, zone);
    let before: number | null = null;
    for (;;) {
      const page = await (before === null ? query : query.where("ce.id", "<", before)).limit(BATCH).execute();
      for (const row of page) {
        const item = toListItem(row, locale, now);
        const customer = item.customer && [item.customer.name, item.customer.phone].filter(Boolean).join(" ");
        sheet
          .addRow({
            ref: item.ref,
            outlet: item.orgUnitName,
            type: item.typeLabel,
            status: STATUS_LABELS[item.status][locale],
            reporter: item.reportedBy.name,
            reportedAt: formatLocalTime(item.reportedAt, zone),
            description: item.description,
            transactionRef: item.transactionRef,
            amount: item.amount === null ? null : Number(item.amount),
            customer,
            followUpDueAt: item.followUpDueAt && formatLocalTime(item.followUpDueAt, zone),
            overdue: item.overdue ? (locale === "zh" ? "是" : "Yes") : "",
            pattern: item.patternCount,
            complaintRef: item.complaintRef,
          })
          .commit();
      }
      if (page.length < BATCH) break;
      before = page[page.length - 1].id;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((err) => out.destroy(err));
  return out;
}
