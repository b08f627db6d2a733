import { DownloadOutlined } from "@ant-design/icons";
import { App, Button, Card, Col, DatePicker, Empty, Flex, Progress, Row, Space, Statistic } from "antd";
import type { Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { startOfLocalDay } from "../../domain/calendar/dates.ts";
import { withQuery } from "../api/client.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { timeZone } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Stats, type StatsFilter, useStats } from "./api.ts";
import { BarChart } from "./BarChart.tsx";

type Axis = "byChannel" | "byBusinessCategory" | "byCause" | "byOutlet" | "byMonth";
const AXES: Axis[] = ["byChannel", "byBusinessCategory", "byCause", "byOutlet", "byMonth"];

/** A head office has thousands of outlets: the unit chart shows the ones with most complaints. */
const TOP_UNITS = 15;

/**
 * Whole months in the staff's time zone, from the first of the first month to the first of the month after
 * the last: the periods regulators report on, and the ones the server answers from its monthly rollup.
 */
function monthsFilter(range: [Dayjs | null, Dayjs | null] | null): StatsFilter {
  if (!range?.[0] || !range[1]) return {};
  const first = (d: Dayjs) => startOfLocalDay(d.format("YYYY-MM-01"), timeZone()).toISOString();
  return { receivedFrom: first(range[0]), receivedTo: first(range[1].add(1, "month")) };
}

function AxisChart({ stats, axis }: { stats: Stats; axis: Axis }) {
  const all = stats[axis];
  const buckets = useMemo(() => (axis === "byOutlet" ? all.slice(0, TOP_UNITS) : all), [all, axis]);
  const labels = useMemo(() => buckets.map((b) => b.label.split(" / ").pop() ?? b.label), [buckets]);
  const values = useMemo(() => buckets.map((b) => b.count), [buckets]);
  const { t } = useI18n();
  if (buckets.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("cmp.stats.none")} />;
  }
  return (
    <BarChart
      labels={labels}
      values={values}
      horizontal={axis !== "byMonth"}
      height={Math.max(200, buckets.length * 30 + 60)}
    />
  );
}

/** Downloads an export of the period shown while counting the bytes, so a large export shows its progress. */
function useDownload(filter: StatsFilter) {
  const [kb, setKb] = useState<number | null>(null);
  const { message } = App.useApp();
  const download = async (ext: "xlsx" | "csv") => {
    setKb(0);
    try {
      const res = await fetch(withQuery(`/api/complaints/export.${ext}`, filter), {
        credentials: "same-origin",
      });
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      const reader = res.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        size += value.length;
        setKb(Math.round(size / 1024));
      }
      const url = URL.createObjectURL(new Blob(chunks));
      const a = Object.assign(document.createElement("a"), { href: url, download: `complaints.${ext}` });
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setKb(null);
    }
  };
  return { kb, download };
}

/** The complaints dashboard of the caller's level of the org tree. */
export function StatsPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<StatsFilter>({});
  const stats = useStats(filter);
  const { kb, download } = useDownload(filter);
  const s = stats.data;
  return (
    <div>
      <PageHeader
        title={t("cmp.stats.title")}
        extra={
          <Space wrap>
            <DatePicker.RangePicker
              picker="month"
              aria-label={t("cmp.stats.period")}
              placeholder={[t("cmp.stats.fromMonth"), t("cmp.stats.toMonth")]}
              onChange={(range) => setFilter(monthsFilter(range))}
            />
            {kb !== null && <span>{t("cmp.stats.exporting", { kb })}</span>}
            <Button icon={<DownloadOutlined />} onClick={() => download("xlsx")} disabled={kb !== null}>
              {t("cmp.stats.export")}
            </Button>
            <Button onClick={() => download("csv")} disabled={kb !== null}>
              {t("cmp.stats.exportCsv")}
            </Button>
          </Space>
        }
      />
      {s && (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t("cmp.stats.total")} value={s.total} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t("cmp.stats.onTimeRate")}
                  value={s.onTimeRate ?? "—"}
                  suffix={s.onTimeRate === null ? "" : "%"}
                />
                {s.onTimeRate !== null && <Progress percent={s.onTimeRate} showInfo={false} size="small" />}
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t("cmp.stats.breached")}
                  value={s.breached}
                  styles={{ content: { color: s.breached ? "#cf1322" : undefined } }}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t("cmp.stats.avgDays")} value={s.averageHandlingDays ?? "—"} />
                <div>
                  {t("cmp.stats.repeat")}：{s.repeatComplainants}
                </div>
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            {AXES.map((axis) => (
              <Col xs={24} lg={12} key={axis}>
                <Card
                  size="small"
                  title={t(`cmp.stats.${axis}`)}
                  extra={
                    axis === "byOutlet" &&
                    s.byOutlet.length > TOP_UNITS &&
                    t("cmp.stats.topUnits", { n: TOP_UNITS, total: s.byOutlet.length })
                  }
                >
                  <AxisChart stats={s} axis={axis} />
                </Card>
              </Col>
            ))}
          </Row>
        </Flex>
      )}
    </div>
  );
}
