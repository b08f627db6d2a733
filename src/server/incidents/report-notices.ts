import type { Transaction } from "kysely";
import { CATEGORIES } from "../../domain/incidents/categories.ts";
import { REPORT_LEVELS_UP, REPORT_STAGE_LABELS, type ReportStage } from "../../domain/incidents/reports.ts";
import { SEVERITY_LABELS } from "../../domain/incidents/severity.ts";
import { pathIds } from "../../domain/org/units.ts";
import type { Database } from "../db/schema.ts";
import { notify, usersWithRoles } from "../notifications/notify.ts";
import { drillParam } from "./commands.ts";
import type { IncidentRow } from "./store.ts";

/**
 * A sent upward report lands in the inbox of the management it goes to (the sub-branch, and the branch for
 * Ⅰ–Ⅱ), linking to its printable page. Answers the live topics to ping.
 */
export async function noticeReportSent(
  trx: Transaction<Database>,
  row: IncidentRow,
  stage: ReportStage,
  reportId: number,
  now: Date,
): Promise<string[]> {
  const above = pathIds(row.org_path)
    .reverse()
    .slice(1, 1 + REPORT_LEVELS_UP[row.severity]);
  return notify(
    trx,
    await usersWithRoles(trx, above, ["manager"]),
    {
      key: "notify.incident_report_sent",
      params: {
        drill: drillParam(row.drill === 1),
        unit: row.org_name,
        ref: row.ref,
        stage: REPORT_STAGE_LABELS[stage],
        category: CATEGORIES[row.category].label,
        severity: SEVERITY_LABELS[row.severity],
      },
      link: `/incidents/${row.id}/reports/${reportId}/print`,
    },
    now,
  );
}
