import { PrinterOutlined } from "@ant-design/icons";
import { Button, Result, Spin } from "antd";
import { useEffect, useState } from "react";
import { useParams } from "react-router";
import { localDateOf } from "../../domain/calendar/dates.ts";
import { formatTime, timeZone } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { fetchPersonalData, useComplaint } from "./api.ts";
import { LABELS } from "./labels.ts";

const CSS = `
@page { size: A4; margin: 20mm 22mm; }
.cmp-letter { width: 210mm; min-height: 297mm; margin: 24px auto; padding: 20mm 22mm; background: #fff; color: #000;
  box-shadow: 0 2px 12px rgba(0,0,0,.15); box-sizing: border-box; line-height: 1.9;
  font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; font-size: 12pt; }
.cmp-letter h1 { text-align: center; font-size: 18pt; letter-spacing: .2em; margin: 0 0 8mm; }
.cmp-letter .ref { text-align: right; font-size: 10pt; margin-bottom: 6mm; }
.cmp-letter p { text-indent: 2em; margin: 0 0 3mm; white-space: pre-wrap; }
.cmp-letter .label { font-weight: bold; }
.cmp-letter .sign { margin-top: 16mm; text-align: right; white-space: pre-line; text-indent: 0; }
.cmp-toolbar { width: 210mm; margin: 16px auto 0; display: flex; justify-content: flex-end; }
@media print { .cmp-toolbar { display: none; } .cmp-letter { margin: 0; padding: 0; width: auto; min-height: auto; box-shadow: none; } }
`;

/**
 * The decision notice (§19, §21): findings, basis, outcome and the remedies still open. It names the
 * complainant, so opening it fetches the personal data, which the server audits.
 */
export function NoticePage() {
  const id = Number(useParams().id);
  const { t, locale } = useI18n();
  const query = useComplaint(id);
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    fetchPersonalData(id).then(
      (p) => setName(p.name),
      () => setName(""),
    );
  }, [id]);

  if (query.isPending || name === null) return <Spin fullscreen />;
  if (query.isError || !query.data.decision) return <Result status="404" title={query.error?.message} />;
  const c = query.data;
  const d = c.decision;
  if (!d) return null;
  return (
    <>
      <style>{CSS}</style>
      <div className="cmp-toolbar">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t("cmp.notice.print")}
        </Button>
      </div>
      <div className="cmp-letter" data-testid="complaint-notice">
        <h1>{t("cmp.letter.title")}</h1>
        <div className="ref">{c.ref}</div>
        <div>{t("cmp.letter.greeting", { name: name || c.complainant.name })}</div>
        <p>{t("cmp.letter.intro", { received: formatTime(c.receivedAt), ref: c.ref })}</p>
        <p>
          <span className="label">{t("cmp.decision.findings")}：</span>
          {d.findings}
        </p>
        <p>
          <span className="label">{t("cmp.decision.basis")}：</span>
          {d.basis}
        </p>
        <p>
          <span className="label">{t("cmp.decision.outcome")}：</span>
          {LABELS.outcome[d.outcome][locale]}
          {d.compensation !== null && t("cmp.letter.compensation", { amount: d.compensation.toFixed(2) })}
        </p>
        <p>
          {t("cmp.letter.remedies")}
          {d.remedies.map((r) => LABELS.remedy[r][locale]).join("、")}。
        </p>
        <p>{t("cmp.letter.reviewNote")}</p>
        <p className="sign">
          {t("cmp.letter.sign", { unit: c.orgUnitName, date: localDateOf(d.decidedAt, timeZone()) })}
        </p>
      </div>
    </>
  );
}
