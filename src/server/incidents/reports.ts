import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Locale } from "../../domain/common/messages.ts";
import { formatLocalTime } from "../../domain/common/time.ts";
import { CATEGORIES } from "../../domain/incidents/categories.ts";
import { addMinutes, STATUS_LABELS } from "../../domain/incidents/lifecycle.ts";
import {
  closeNeedsFinalReport,
  REPORT_STAGE_LABELS,
  type ReportFields,
  type sendReportBody,
  stageAllowed,
} from "../../domain/incidents/reports.ts";
import { SEVERITY_LABELS } from "../../domain/incidents/severity.ts";
import { pathIds } from "../../domain/org/units.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { AppError } from "../http/errors.ts";
import { notify, usersWithRoles } from "../notifications/notify.ts";
import { cancelDue } from "../scheduler/scheduler.ts";
import { audit, change, drillParam } from "./commands.ts";
import { REPORT_DUE } from "./due.ts";
import { recordEvent } from "./events.ts";
import { taskText } from "./playbook.ts";
import { noticeReportSent } from "./report-notices.ts";
import { loadPolicy } from "./settings.ts";
import { coveredOutlets, type IncidentRow } from "./store.ts";

/** Sent reports, and a draft of the next one filled from what the incident already holds. */
export async function reportsOf(db: Kysely<Database>, row: IncidentRow, locale: Locale, timeZone: string) {
  const sent = await db
    .selectFrom("incident_reports")
    .innerJoin("users", "users.id", "incident_reports.sent_by")
    .select(["incident_reports.id", "stage", "fields_json", "sent_at", "users.display_name"])
    .where("incident_id", "=", row.id)
    .orderBy("incident_reports.id")
    .execute();
  const policy = await loadPolicy(db);
  const last = sent.at(-1);
  return {
    initialDueAt: addMinutes(row.reported_at, policy.initialReportMinutes[row.severity]),
    /** Closing still waits for the final report (level Ⅰ–Ⅱ). */
    finalRequired: closeNeedsFinalReport(
      row.severity,
      sent.map((r) => r.stage),
    ),
    sent: sent.map((r) => ({
      id: r.id,
      stage: r.stage,
      stageLabel: REPORT_STAGE_LABELS[r.stage][locale],
      fields: JSON.parse(r.fields_json) as ReportFields,
      sentAt: r.sent_at,
      sentBy: r.display_name,
    })),
    // A follow-up starts from the last report sent, so the commander only writes what changed.
    draft: last
      ? (JSON.parse(last.fields_json) as ReportFields)
      : await draftFromIncident(db, row, locale, timeZone),
  };
}

async function draftFromIncident(
  db: Kysely<Database>,
  row: IncidentRow,
  locale: Locale,
  timeZone: string,
): Promise<ReportFields> {
  const units = await db
    .selectFrom("org_units")
    .select(["id", "name"])
    .where("id", "in", pathIds(row.org_path))
    .execute();
  const covered = await coveredOutlets(db, row.id);
  // The reporting unit under its sub-branch and branch, then the other outlets the event covers.
  const place = [
    pathIds(row.org_path)
      .slice(1)
      .map((id) => units.find((u) => u.id === id)?.name)
      .join(" "),
    ...covered.map((o) => o.name),
  ].join("、");
  const done = await db
    .selectFrom("incident_tasks")
    .select("text_json")
    .where("incident_id", "=", row.id)
    .where("done_at", "is not", null)
    .orderBy("position")
    .execute();
  const answers = JSON.parse(row.answers_json) as Record<string, boolean>;
  const zh = locale === "zh";
  const review = row.review_json ? JSON.parse(row.review_json) : null;
  return {
    place,
    time: formatLocalTime(row.reported_at, timeZone),
    cause: review?.cause ?? "",
    nature: `${CATEGORIES[row.category].label[locale]}，${SEVERITY_LABELS[row.severity][locale]}${row.drill ? (zh ? "（演练）" : " (drill)") : ""}`,
    amountInvolved: "",
    peopleInvolved: answers.crowd_large ? (zh ? "超过 20 人" : "over 20 people") : "",
    mainHarm: answers.someone_hurt ? (zh ? "有人员受伤或身体不适" : "someone hurt or unwell") : "",
    customerReaction: answers.agitated ? (zh ? "客户情绪激动" : "customers agitated") : "",
    trend: STATUS_LABELS[row.status][locale],
    measures: done.map((d) => taskText(d.text_json, locale)).join(zh ? "；" : "; "),
  };
}

/** Sends a report: stamped with who and when, and frozen — there is no way to edit it afterwards. */
export async function sendReport(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof sendReportBody>,
) {
  const userTopics = await change(deps, caller, id, async (trx, row, now) => {
    const sent = await trx
      .selectFrom("incident_reports")
      .select("stage")
      .where("incident_id", "=", id)
      .execute();
    const refusal = stageAllowed(
      body.stage,
      sent.map((r) => r.stage),
    );
    if (refusal) throw new AppError(409, refusal, {}, "stage");
    const report = await trx
      .insertInto("incident_reports")
      .values({
        incident_id: id,
        stage: body.stage,
        fields_json: JSON.stringify(body.fields),
        sent_at: now.toISOString(),
        sent_by: caller.user.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (body.stage === "initial") await cancelDue(trx, REPORT_DUE, id);
    await recordEvent(trx, id, caller.user.id, "report", { stage: REPORT_STAGE_LABELS[body.stage] }, now);
    await audit(trx, caller, row, "report_sent", null, body);
    return noticeReportSent(trx, row, body.stage, report.id, now);
  });
  await deps.live.publish({ topics: userTopics, event: { type: "notification.new" } });
}

/** When the initial report is overdue, the outlet head and the sub-branch management are told. */
export function registerReportReminder({ scheduler, live }: Deps): void {
  scheduler.handle(REPORT_DUE, async (trx, item, now) => {
    const row = await trx
      .selectFrom("incidents")
      .innerJoin("org_units", "org_units.id", "incidents.org_unit_id")
      .select([
        "incidents.id",
        "ref",
        "drill",
        "status",
        "org_units.id as unit_id",
        "org_units.name",
        "org_units.path",
      ])
      .where("incidents.id", "=", item.subjectId)
      .executeTakeFirst();
    if (!row || row.status === "closed") return;
    const ids = pathIds(row.path).reverse();
    const recipients = [
      ...(await usersWithRoles(trx, [row.unit_id], ["outlet_head"])),
      ...(await usersWithRoles(trx, ids.slice(1, 2), ["manager"])),
    ];
    const topics = await notify(
      trx,
      recipients,
      {
        key: "notify.incident_report_due",
        params: { drill: drillParam(row.drill === 1), ref: row.ref, unit: row.name },
        link: `/incidents/${row.id}`,
      },
      now,
    );
    return () => live.publish({ topics, event: { type: "notification.new" } });
  });
}
