import { Alert, Card, Descriptions, Flex, Skeleton, Typography } from "antd";
import { Link, useParams } from "react-router";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import type { MessageKey } from "../i18n/dictionaries.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useWarning } from "./api.ts";
import { LevelTag } from "./LevelTag.tsx";
import { ruleLabel } from "./labels.ts";
import { WarningActions } from "./WarningActions.tsx";

/** The figures a rule may give with its warning (domain/warnings/conditions.ts), by name. */
const FACT_LABELS: Record<string, MessageKey> = {
  period: "warn.fact.period",
  expected: "warn.fact.expected",
  p: "warn.fact.p",
  count: "warn.fact.count",
  toRegulator: "warn.fact.toRegulator",
  windowDays: "warn.fact.windowDays",
  reasons: "warn.fact.reasons",
  category: "warn.fact.category",
  type: "warn.fact.type",
  queueLength: "warn.fact.queueLength",
  waitMinutes: "warn.fact.waitMinutes",
  amount: "warn.fact.amount",
  usual: "warn.fact.usual",
  complaintId: "warn.fact.complaintId",
};

/** One warning: what fired, the figures behind it, what to do, and who acknowledged or lifted it. */
export function WarningPage() {
  const { t, locale } = useI18n();
  const id = Number(useParams().id);
  const warning = useWarning(id);
  if (warning.isPending) return <Skeleton active />;
  if (warning.isError) return <Alert type="error" showIcon title={warning.error.message} />;
  const w = warning.data;
  const factValue = (key: string, value: string | number | boolean) => {
    if (typeof value === "boolean") return t(value ? "warn.yes" : "warn.no");
    if (key === "period") return t(`warn.fact.period.${value}` as MessageKey);
    if (key === "p") return Number(value).toExponential(1);
    if (key === "complaintId") return <Link to={`/complaints/${value}`}>#{value}</Link>;
    return String(value);
  };
  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={`${t("warn.title")} · ${ruleLabel(w.rule, locale)}`}
        subtitle={`${w.orgUnit.name} · ${formatTime(w.openedAt)}`}
        extra={<WarningActions warning={w} />}
      />
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: "level", label: t("warn.level"), children: <LevelTag level={w.level} /> },
            {
              key: "status",
              label: t("warn.status"),
              children: `${t(`warn.status.${w.status}`)}${w.endedAt ? ` · ${t("warn.ended")}` : ""}`,
            },
            { key: "unit", label: t("warn.unit"), children: `${w.orgUnit.name}（${w.orgUnit.code}）` },
            { key: "seen", label: t("warn.lastSeenAt"), children: formatTime(w.lastSeenAt) },
            ...Object.entries(w.facts).map(([key, value]) => ({
              key,
              label: key in FACT_LABELS ? t(FACT_LABELS[key]) : key,
              children: factValue(key, value),
            })),
            ...(w.acknowledgedBy && w.acknowledgedAt
              ? [
                  {
                    key: "ack",
                    label: t("warn.status.acknowledged"),
                    children: t("warn.by", { name: w.acknowledgedBy, at: formatTime(w.acknowledgedAt) }),
                  },
                ]
              : []),
            ...(w.liftedBy && w.liftedAt
              ? [
                  {
                    key: "lift",
                    label: t("warn.status.lifted"),
                    children: `${t("warn.by", { name: w.liftedBy, at: formatTime(w.liftedAt) })}：${w.liftReason}`,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title={t("warn.suggested")}>
        <Typography.Paragraph style={{ fontSize: 15, marginBottom: 0 }}>
          {t(`warn.suggest.${w.rule}`)}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
