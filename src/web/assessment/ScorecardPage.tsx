import { Button, Card, DatePicker, Drawer, Form, InputNumber, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { METRICS, type Metric } from "../../domain/assessment/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useCan } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import {
  type OutletScorecard,
  useDetail,
  useSaveScorecardSettings,
  useScorecardSettings,
  useScorecards,
  useTrend,
} from "./api.ts";
import { TrendChart } from "./TrendChart.tsx";

/** 考核: the month's scorecard of every outlet below the caller, ranked, each number opening its records. */
export function ScorecardPage() {
  const { t } = useI18n();
  const can = useCan();
  const [month, setMonth] = useState(dayjs().format("YYYY-MM"));
  const [open, setOpen] = useState<{ outlet: OutletScorecard; metric: Metric } | null>(null);
  const cards = useScorecards(month);
  const trend = useTrend(month);
  const labels = Object.fromEntries(
    (cards.data?.outlets[0]?.metrics ?? []).map((m) => [m.metric, { label: m.label, weight: m.weight }]),
  );
  return (
    <>
      <PageHeader
        title={t("assessment.title")}
        subtitle={t("assessment.subtitle")}
        extra={
          <DatePicker
            picker="month"
            aria-label={t("assessment.month")}
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(d) => d && setMonth(d.format("YYYY-MM"))}
          />
        }
      />
      <Card>
        <Table<OutletScorecard>
          rowKey="orgUnitId"
          loading={cards.isPending}
          dataSource={cards.data?.outlets ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: t("assessment.rank"), dataIndex: "rank", render: (r) => r ?? "—", fixed: "left" },
            { title: t("assessment.outlet"), dataIndex: "name", fixed: "left", width: 120 },
            {
              title: t("assessment.total"),
              dataIndex: "total",
              render: (v: number | null) => <strong data-testid="scorecard-total">{v ?? "—"}</strong>,
            },
            ...METRICS.map((metric) => ({
              key: metric,
              title: (
                <span>
                  {labels[metric]?.label ?? metric}
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t("assessment.weight", { weight: labels[metric]?.weight ?? 0 })}
                  </Typography.Text>
                </span>
              ),
              render: (_: unknown, o: OutletScorecard) => {
                const m = o.metrics.find((x) => x.metric === metric);
                return (
                  <Button
                    type="link"
                    size="small"
                    data-testid={`metric-${metric}`}
                    onClick={() => setOpen({ outlet: o, metric })}
                  >
                    {m?.score ?? "—"}
                  </Button>
                );
              },
            })),
          ]}
        />
      </Card>
      <Card title={t("assessment.trend")} size="small" style={{ marginTop: 16 }}>
        {trend.data && trend.data.outlets.length > 0 && (
          <TrendChart months={trend.data.months} outlets={trend.data.outlets} />
        )}
        <Table
          rowKey="orgUnitId"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={trend.data?.outlets ?? []}
          columns={[
            { title: t("assessment.outlet"), dataIndex: "name" },
            ...(trend.data?.months ?? []).map((m, i) => ({
              key: m,
              title: m,
              render: (_: unknown, o: { totals: (number | null)[] }) => o.totals[i] ?? "—",
            })),
          ]}
        />
      </Card>
      {can("assessment.configure") && <WeightsCard labels={labels} />}
      <DetailDrawer open={open} month={month} onClose={() => setOpen(null)} />
    </>
  );
}

function DetailDrawer({
  open,
  month,
  onClose,
}: {
  open: { outlet: OutletScorecard; metric: Metric } | null;
  month: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const detail = useDetail(open?.outlet.orgUnitId ?? null, month, open?.metric ?? null);
  const d = detail.data;
  return (
    <Drawer
      open={open !== null}
      onClose={onClose}
      width={560}
      title={open && d && t("assessment.detail", { outlet: open.outlet.name, metric: d.label })}
    >
      {d && (
        <>
          <Typography.Paragraph>
            <strong>{d.figure.score ?? t("assessment.noData")}</strong> (
            {t("assessment.figure", { numerator: d.figure.numerator, denominator: d.figure.denominator })})
          </Typography.Paragraph>
          <Table
            rowKey={(r, i) => `${r.ref}-${i}`}
            size="small"
            pagination={false}
            dataSource={d.rows}
            columns={[
              { title: "", dataIndex: "ref" },
              { title: "", dataIndex: "text" },
              { title: "", dataIndex: "at", render: (at: string) => (at ? formatTime(at) : "") },
              {
                title: "",
                dataIndex: "counts",
                render: (c: boolean) =>
                  c ? (
                    <Tag color="green">{t("assessment.counts")}</Tag>
                  ) : (
                    <Tag color="red">{t("assessment.against")}</Tag>
                  ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}

function WeightsCard({ labels }: { labels: Record<string, { label: string }> }) {
  const { t } = useI18n();
  const settings = useScorecardSettings();
  const save = useSaveScorecardSettings();
  const [form] = Form.useForm();
  const onError = useFormErrorHandler(form);
  if (!settings.data) return null;
  return (
    <Card title={t("assessment.weights")} size="small" style={{ marginTop: 16 }}>
      <Form
        form={form}
        layout="inline"
        initialValues={settings.data}
        onFinish={(v) => save.mutate(v, { onError })}
      >
        {METRICS.map((m) => (
          <Form.Item key={m} name={["weights", m]} label={labels[m]?.label ?? m}>
            <InputNumber min={0} max={100} />
          </Form.Item>
        ))}
        <Form.Item name="targetHoursPerMonth" label={t("assessment.targetHours")}>
          <InputNumber min={0.5} max={40} step={0.5} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
