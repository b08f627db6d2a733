import { ArrowLeftOutlined, CheckCircleFilled } from "@ant-design/icons";
import { Alert, App, Button, Card, Flex, Input, Skeleton, Switch, Typography, theme } from "antd";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { hasLetterOrDigit } from "../../domain/common/plausibility.ts";
import { type CategoryCode, QUESTIONS, type QuestionKey } from "../../domain/incidents/categories.ts";
import { DRILL_WORDS, REPORT_PHRASES } from "../../domain/incidents/phrases.ts";
import { DEFAULT_POLICY, severityRules } from "../../domain/incidents/policy.ts";
import { type Answers, suggestSeverity } from "../../domain/incidents/severity.ts";
import { useCurrentUser } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { OrgUnitTreeSelect } from "../org/OrgUnitTreeSelect.tsx";
import { type Catalogue, useCatalogue, useReportIncident } from "./api.ts";
import { CategoryTiles } from "./CategoryTiles.tsx";
import { CATEGORY_ICONS, SEVERITY_COLORS, SeverityTag } from "./labels.tsx";
import { isOffline, queueReport, useQueuedReports } from "./offline-reports.ts";

const QUESTION_KEYS = Object.keys(QUESTIONS) as QuestionKey[];

/**
 * The level the server will suggest, computed here with the same domain rules and the floors of the playbook in
 * force at the reporter's unit, so it updates on every tap.
 */
function suggestion(catalogue: Catalogue, category: CategoryCode, answers: Answers) {
  const baseSeverity = { ...DEFAULT_POLICY.baseSeverity };
  for (const c of catalogue.categories) baseSeverity[c.code] = c.baseSeverity;
  const floors = catalogue.categories.find((c) => c.code === category)?.floors ?? {};
  const answerRules = Object.fromEntries(QUESTION_KEYS.map((key) => [key, { floor: floors[key] }])) as Record<
    QuestionKey,
    { floor?: (typeof floors)[QuestionKey] }
  >;
  return suggestSeverity(category, answers, severityRules({ ...DEFAULT_POLICY, baseSeverity }), answerRules);
}

/**
 * Reporting under stress, on a phone: tap what happened, tap the answers that are "yes", type one line, tap
 * report. Outlet and time are the reporter's; everything else is done in the incident room.
 */
export function ReportPage() {
  const { t, locale } = useI18n();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const catalogue = useCatalogue();
  const report = useReportIncident();
  // Opened from a warning (warnings/WarningActions.tsx): its category, a summary naming it, and its unit.
  const [prefill] = useSearchParams();
  const atOutlet = me.orgUnit.kind === "outlet";
  const [category, setCategory] = useState<CategoryCode | null>(
    prefill.get("category") as CategoryCode | null,
  );
  const [answers, setAnswers] = useState<Answers>({});
  const [summary, setSummary] = useState(prefill.get("summary") ?? "");
  const [drill, setDrill] = useState(false);
  const [orgUnitId, setOrgUnitId] = useState<number | undefined>(
    atOutlet ? undefined : Number(prefill.get("orgUnitId")) || undefined,
  );
  const queued = useQueuedReports();

  if (catalogue.isPending) return <Skeleton active />;
  if (catalogue.isError) return <Alert type="error" showIcon title={catalogue.error.message} />;
  const chosen = catalogue.data.categories.find((c) => c.code === category);

  const submit = () => {
    if (!chosen) return;
    const body = { category: chosen.code, summary: summary.trim(), answers, drill, orgUnitId };
    const keep = () => {
      queueReport(body);
      setCategory(null);
      setSummary("");
    };
    // Known to be offline, the request is not even tried (the query client would hold it paused, silently).
    if (!navigator.onLine) return keep();
    report.mutate(body, {
      onSuccess: (created) => {
        message.success(t("inc.report.done", { ref: created.ref }));
        navigate(`/incidents/${created.id}`);
      },
      onError: (error) => (isOffline(error) ? keep() : message.error(error.message)),
    });
  };

  const queuedAlert = queued > 0 && (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="queued"
      title={t("inc.report.queued", { count: queued })}
      description={t("inc.report.queuedHint")}
      style={{ marginBottom: 12 }}
    />
  );

  if (!chosen)
    return (
      <div style={{ maxWidth: 760, margin: "0 auto" }}>
        {queuedAlert}
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {t("inc.report.title")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t("inc.report.pick")}</Typography.Paragraph>
        <CategoryTiles
          categories={catalogue.data.categories}
          onPick={(code) => {
            setCategory(code);
            setAnswers({});
          }}
        />
      </div>
    );

  const suggested = suggestion(catalogue.data, chosen.code, answers);
  const toggle = (key: QuestionKey) => setAnswers((a) => ({ ...a, [key]: !a[key] }));
  // A summary of emoji alone says nothing to the people alerted; the server refuses it too.
  const missing = !hasLetterOrDigit(summary)
    ? t("inc.report.needSummary")
    : !atOutlet && orgUnitId === undefined
      ? t("inc.report.needOutlet")
      : null;
  const ready = missing === null;
  const type = (text: string) => {
    setSummary(text);
    // Saying it is a drill switches the drill on; switching it off again stays the reporter's choice.
    if (DRILL_WORDS.some((w) => text.toLowerCase().includes(w)) && !drill) setDrill(true);
  };
  const phrases = REPORT_PHRASES[chosen.code];

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: "0 auto" }}>
      {queuedAlert}
      <Card size="small" styles={{ body: { padding: "10px 12px" } }}>
        <Flex align="center" gap={12}>
          <span style={{ fontSize: 32, color: token.colorError }}>{CATEGORY_ICONS[chosen.code]}</span>
          <Typography.Text strong style={{ fontSize: 17, flex: 1 }}>
            {chosen.label}
          </Typography.Text>
          <Button icon={<ArrowLeftOutlined />} onClick={() => setCategory(null)}>
            {t("inc.report.change")}
          </Button>
        </Flex>
      </Card>

      {chosen.questions.length > 0 && (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t("inc.report.questions")}</Typography.Text>
          {chosen.questions.map((q) => {
            const yes = answers[q.key] === true;
            return (
              <Button
                key={q.key}
                aria-pressed={yes}
                danger={yes}
                type={yes ? "primary" : "default"}
                size="large"
                block
                onClick={() => toggle(q.key)}
                style={{
                  height: "auto",
                  minHeight: 60,
                  whiteSpace: "normal",
                  justifyContent: "space-between",
                }}
              >
                <span style={{ textAlign: "left", fontSize: 16 }}>{q.text}</span>
                <strong style={{ fontSize: 16, flex: "none" }}>
                  {yes ? (
                    <>
                      <CheckCircleFilled /> {t("inc.report.yes")}
                    </>
                  ) : (
                    t("inc.report.no")
                  )}
                </strong>
              </Button>
            );
          })}
        </Flex>
      )}

      <Card
        size="small"
        style={{ borderColor: SEVERITY_COLORS[suggested.severity], borderWidth: 2 }}
        data-testid="suggested-level"
      >
        <Flex align="center" gap={8} wrap>
          <Typography.Text type="secondary">{t("inc.report.suggested")}</Typography.Text>
          <SeverityTag severity={suggested.severity} locale={locale} />
          <Typography.Text>{suggested.reason[locale]}</Typography.Text>
        </Flex>
      </Card>

      {!atOutlet && (
        <OrgUnitTreeSelect
          placeholder={t("inc.report.outlet")}
          value={orgUnitId}
          onChange={setOrgUnitId}
          selectable={(u) => u.kind === "outlet"}
          style={{ width: "100%" }}
        />
      )}

      <Input
        size="large"
        aria-label={t("inc.report.summary")}
        placeholder={t("inc.report.summaryPlaceholder")}
        value={summary}
        maxLength={200}
        onChange={(e) => type(e.target.value)}
        onPressEnter={() => ready && submit()}
        style={{ fontSize: 17, height: 52 }}
      />
      <Flex gap={6} wrap data-testid="phrases">
        {phrases.map((p) => (
          <Button
            key={p.zh}
            size="middle"
            onClick={() => type(p[locale])}
            style={{ whiteSpace: "normal", height: "auto", minHeight: 36 }}
          >
            {p[locale]}
          </Button>
        ))}
      </Flex>

      <Flex align="center" gap={8}>
        <Switch checked={drill} onChange={setDrill} aria-label={t("inc.drill")} />
        <Typography.Text>{t("inc.report.drill")}</Typography.Text>
      </Flex>

      <Button
        type="primary"
        danger
        size="large"
        block
        disabled={!ready}
        loading={report.isPending}
        onClick={submit}
        style={{ height: 60, fontSize: 20, fontWeight: 600 }}
      >
        {drill ? t("inc.report.submitDrill") : t("inc.report.submit")}
      </Button>
      {missing && (
        <Typography.Text type="warning" style={{ textAlign: "center" }} data-testid="submit-why">
          {missing}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ textAlign: "center" }}>
        {t("inc.report.after")}
      </Typography.Text>
    </Flex>
  );
}
