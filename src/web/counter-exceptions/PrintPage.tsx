import { PrinterOutlined } from "@ant-design/icons";
import { Button, Result, Spin } from "antd";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import {
  CORRECTIVE_ACTION_LABELS,
  STATUS_LABELS,
  VERIFY_OUTCOME_LABELS,
} from "../../domain/counter-exceptions/vocabulary.ts";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Detail, useException } from "./api.ts";
import { CustomerText } from "./CustomerText.tsx";
import { PRINT_CSS } from "./print.css.ts";

function Signature({ label }: { label: string }) {
  const { t } = useI18n();
  return (
    <tr className="sign">
      <td colSpan={4}>
        <div className="cex-sign">
          <div>
            {label}
            <span />
          </div>
          <div>
            {t("cex.print.date")}
            <span />
          </div>
        </div>
      </td>
    </tr>
  );
}

/** Punctuation that differs between the Chinese and the English form. */
const MARKS = {
  zh: { colon: "：", list: "、", items: "；", open: "（", close: "）" },
  en: { colon: ": ", list: ", ", items: "; ", open: " (", close: ")" },
} as const;

const Section = ({ children }: { children: ReactNode }) => (
  <tr className="section">
    <th colSpan={4}>{children}</th>
  </tr>
);

/**
 * The last follow-up deadline that was set: at handling, or at a follow-up that did not close the exception.
 * Closing clears the live deadline, but the form still states the one the exception was closed under.
 */
function lastDueAt(e: Detail): string | null {
  if (e.followUpDueAt) return e.followUpDueAt;
  const set = e.timeline
    .map((s) => s.data.nextDueAt ?? s.data.followUpDueAt)
    .filter((d): d is string => typeof d === "string");
  return set.at(-1) ?? null;
}

/**
 * 《柜面异常情况登记表》 as the paper form: one A4 page with the four parts of the procedure and signature
 * lines, customer data masked. Rendered by the web app outside the shell, so the browser prints only the form.
 * A field with nothing to say prints a dash, so that a blank on paper always means "to be filled in by hand".
 */
export function PrintPage() {
  const { t, locale } = useI18n();
  const id = Number(useParams().id);
  const query = useException(id);
  if (query.isPending) return <Spin style={{ display: "block", marginTop: 80 }} />;
  if (query.isError)
    return <Result status="warning" title={t("common.loadFailed")} subTitle={query.error.message} />;
  const e = query.data;
  const none = "—";
  const m = MARKS[locale];
  const followUps = e.timeline.filter((s) => s.step === "follow_up" || s.step === "close");
  const due = lastDueAt(e);
  const dueText = due ? formatTime(due) : none;

  return (
    <div style={{ background: "#eceff3", minHeight: "100vh", paddingBottom: 24 }}>
      <style>{PRINT_CSS}</style>
      <div className="cex-toolbar">
        <Button onClick={() => window.close()}>{t("cex.print.back")}</Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t("cex.print.print")}
        </Button>
      </div>
      <article className="cex-sheet" aria-label={t("cex.print.title")}>
        <h1>{t("cex.print.title")}</h1>
        <div className="cex-head">
          <div>
            {t("cex.print.unit")}
            {m.colon}
            {e.orgUnitName}
            {m.open}
            {e.orgUnitCode}
            {m.close}
          </div>
          <div>
            {t("cex.print.no")}
            {m.colon}
            {e.ref}
          </div>
        </div>
        <table>
          <tbody>
            <Section>{t("cex.print.sectionReport")}</Section>
            <tr>
              <th>{t("cex.reportedAt")}</th>
              <td>{formatTime(e.reportedAt)}</td>
              <th>{t("cex.reporter")}</th>
              <td>{e.reportedBy.name}</td>
            </tr>
            <tr>
              <th>{t("cex.type")}</th>
              <td>{e.typeLabel}</td>
              <th>{t("cex.status")}</th>
              <td>{STATUS_LABELS[e.status][locale]}</td>
            </tr>
            <tr>
              <th>{t("cex.transactionRef")}</th>
              <td>{e.transactionRef ?? none}</td>
              <th>{t("cex.amount")}</th>
              <td>{e.amount ?? none}</td>
            </tr>
            <tr>
              <th>{t("cex.customer")}</th>
              <td colSpan={3}>
                <CustomerText customer={e.customer} empty={none} />{" "}
                {e.customer && t("cex.print.customerMasked")}
              </td>
            </tr>
            <tr className="tall">
              <th>{t("cex.description")}</th>
              <td colSpan={3}>{e.description}</td>
            </tr>
            <tr>
              <th>{t("cex.immediateAction")}</th>
              <td colSpan={3}>{e.immediateAction ?? none}</td>
            </tr>
            <Signature label={t("cex.print.reporterSign")} />

            <Section>{t("cex.print.sectionVerify")}</Section>
            <tr>
              <th>{t("cex.print.outcome")}</th>
              <td>{e.verification ? VERIFY_OUTCOME_LABELS[e.verification.outcome][locale] : none}</td>
              <th>{t("cex.print.verifiedBy")}</th>
              <td>
                {e.verification
                  ? `${e.verification.by.name}${m.open}${formatTime(e.verification.at)}${m.close}`
                  : none}
              </td>
            </tr>
            <tr className="tall">
              <th>{t("cex.verify.findingsLabel")}</th>
              <td colSpan={3}>{e.verification?.findings ?? none}</td>
            </tr>
            <tr>
              <th>{t("cex.print.departments")}</th>
              <td colSpan={3}>
                {e.verification?.consultations.length
                  ? e.verification.consultations
                      .map((c) => `${t(`cex.departments.${c.department}`)}${m.colon}${c.answer}`)
                      .join(m.items)
                  : none}
              </td>
            </tr>
            <Signature label={t("cex.print.verifierSign")} />

            <Section>{t("cex.print.sectionHandle")}</Section>
            <tr>
              <th>{t("cex.handle.actions")}</th>
              <td colSpan={3}>
                {e.handling?.actions.map((a) => CORRECTIVE_ACTION_LABELS[a][locale]).join(m.list) ?? none}
              </td>
            </tr>
            <tr className="tall">
              <th>{t("cex.handle.detail")}</th>
              <td colSpan={3}>{e.handling?.detail ?? none}</td>
            </tr>
            <tr>
              <th>{t("cex.handle.handledBy")}</th>
              <td>{e.handling?.handledBy.name ?? none}</td>
              <th>{t("cex.followUpDueAt")}</th>
              <td>
                {e.closedAt && due
                  ? t(
                      Date.parse(e.closedAt) <= Date.parse(due) ? "cex.print.dueMet" : "cex.print.dueMissed",
                      { due: dueText },
                    )
                  : dueText}
              </td>
            </tr>
            <Signature label={t("cex.print.handlerSign")} />

            <Section>{t("cex.print.sectionFollowUp")}</Section>
            <tr className="tall">
              <th>{t("cex.followUp.history")}</th>
              <td colSpan={3}>
                {followUps.length === 0
                  ? none
                  : followUps.map((s) => (
                      <div key={s.at}>
                        {formatTime(s.at)} {s.actor?.name}
                        {m.colon}
                        {String(s.data.note ?? "")}
                      </div>
                    ))}
              </td>
            </tr>
            <tr>
              <th>{t("cex.print.closedAt")}</th>
              <td>{e.closedAt ? formatTime(e.closedAt) : none}</td>
              <th>{t("cex.complaintRef")}</th>
              <td>{e.complaintRef ?? none}</td>
            </tr>
            <Signature label={t("cex.print.headSign")} />
          </tbody>
        </table>
        <div className="cex-foot">
          <span>{t("cex.print.printedAt", { time: formatTime(new Date().toISOString()) })}</span>
          <span>{e.ref}</span>
        </div>
      </article>
    </div>
  );
}
