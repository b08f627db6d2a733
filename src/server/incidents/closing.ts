import type { Transaction } from "kysely";
import { closeNeedsFinalReport } from "../../domain/incidents/reports.ts";
import { SEVERITY_LABELS } from "../../domain/incidents/severity.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../http/errors.ts";
import type { IncidentRow } from "./store.ts";

/** Refuses to close a level Ⅰ or Ⅱ incident whose final report (终报) has not gone up, naming what is missing. */
export async function assertFinalReportSent(
  trx: Transaction<Database>,
  caller: Caller,
  row: IncidentRow,
): Promise<void> {
  const sent = await trx
    .selectFrom("incident_reports")
    .select("stage")
    .where("incident_id", "=", row.id)
    .execute();
  if (
    closeNeedsFinalReport(
      row.severity,
      sent.map((r) => r.stage),
    )
  )
    throw new AppError(409, "incidents.final_report_missing", {
      severity: SEVERITY_LABELS[row.severity][caller.locale],
    });
}
