import { PrinterOutlined } from "@ant-design/icons";
import { Button, Result, Spin } from "antd";
import { useParams } from "react-router";
import { REPORT_FIELDS } from "../../domain/incidents/reports.ts";
import { SEVERITY_LABELS } from "../../domain/incidents/severity.ts";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useIncident, useReports } from "./api.ts";
import { REPORT_PRINT_CSS } from "./print.css.ts";

/**
 * One sent upward report as an A4 sheet for the regulator or police line (双线报告): the ten facts, who sent
 * it and when, with lines for signatures. Outside the shell, so the browser prints only the sheet.
 */
export function ReportPrintPage() {
  const { t, locale } = useI18n();
  const colon = t("common.colon");
  const params = useParams();
  const id = Number(params.id);
  const incident = useIncident(id);
  const reports = useReports(id);
  if (incident.isPending || reports.isPending) return <Spin style={{ display: "block", marginTop: 80 }} />;
  if (incident.isError || reports.isError)
    return (
      <Result
        status="warning"
        title={t("common.loadFailed")}
        subTitle={(incident.error ?? reports.error)?.message}
      />
    );
  const report = reports.data.sent.find((r) => r.id === Number(params.reportId));
  if (!report) return <Result status="404" title={t("inc.room.notFound")} />;
  const inc = incident.data;

  return (
    <div className="inc-page">
      <style>{REPORT_PRINT_CSS}</style>
      <div className="inc-toolbar">
        <Button onClick={() => window.close()}>{t("inc.print.back")}</Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t("inc.print.print")}
        </Button>
      </div>
      <article className="inc-sheet" aria-label={t("inc.print.title")}>
        <h1>
          {t("inc.print.title")}（{report.stageLabel}）
        </h1>
        {inc.drill && <div className="inc-drill">{t("inc.drillBanner")}</div>}
        <div className="inc-head">
          <div>
            {t("inc.print.unit")}
            {colon}
            {inc.orgUnitName}
          </div>
          <div>
            {t("inc.print.no")}
            {colon}
            {inc.ref}
          </div>
        </div>
        <table>
          <tbody>
            <tr>
              <th>{t("inc.col.category")}</th>
              <td>{inc.categoryLabel}</td>
              <th>{t("inc.severity")}</th>
              <td>{SEVERITY_LABELS[inc.severity][locale]}</td>
            </tr>
            {REPORT_FIELDS.map((f) => (
              <tr key={f} className={f === "measures" || f === "cause" ? "tall" : undefined}>
                <th>{t(`inc.reportFields.${f}`)}</th>
                {/* A blank on paper reads as "not yet filled in": say that the report had nothing here. */}
                <td colSpan={3}>{report.fields[f]?.trim() || "—"}</td>
              </tr>
            ))}
            <tr>
              <th>{t("inc.print.sentBy")}</th>
              <td>{report.sentBy}</td>
              <th>{t("inc.print.sentAt")}</th>
              <td>{formatTime(report.sentAt)}</td>
            </tr>
            <tr>
              <th>{t("inc.print.recipients")}</th>
              <td colSpan={3}>{t("inc.print.recipientBoxes")}</td>
            </tr>
          </tbody>
        </table>
        <div className="inc-sign">
          <div>
            {t("inc.print.signReporter")}
            <span />
          </div>
          <div>
            {t("inc.print.signHead")}
            <span />
          </div>
          <div>
            {t("inc.print.date")}
            <span />
          </div>
        </div>
        <div className="inc-foot">
          <span>{t("inc.print.footer")}</span>
          <span>
            {inc.ref} · {report.stageLabel}
          </span>
        </div>
      </article>
    </div>
  );
}
