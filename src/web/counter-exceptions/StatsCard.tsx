import { Alert, Card, Col, Empty, List, Row, Typography } from "antd";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Filter, useExceptionStats } from "./api.ts";

/** Figures per type and outlet for the chosen outlet and dates, and the 30-day patterns an outlet head acts on. */
export function StatsCard({ filter }: { filter: Filter }) {
  const { t } = useI18n();
  const stats = useExceptionStats({ orgUnitId: filter.orgUnitId, from: filter.from, to: filter.to });
  if (!stats.data) return null;
  const { byType, byOutlet, patterns } = stats.data;
  const counts = (rows: { key: string; label: string; count: number }[]) => (
    <List
      size="small"
      dataSource={rows}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
      renderItem={(r) => (
        <List.Item key={r.key} extra={<Typography.Text strong>{r.count}</Typography.Text>}>
          {r.label}
        </List.Item>
      )}
    />
  );
  return (
    <Card title={t("cex.stats")} size="small" style={{ marginBottom: 16 }}>
      {patterns.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t("cex.stats.patterns")}
          description={patterns.map((p) => (
            <div key={`${p.orgUnitId}-${p.type}`}>
              {t("cex.stats.patternLine", {
                outlet: p.orgUnitName,
                type: p.typeLabel,
                count: p.count,
                time: formatTime(p.lastAt),
              })}
            </div>
          ))}
          style={{ marginBottom: 12 }}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t("cex.stats.noPatterns")}</Typography.Paragraph>
      )}
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Typography.Title level={5}>{t("cex.stats.byType")}</Typography.Title>
          {counts(byType.map((r) => ({ key: r.type, label: r.typeLabel, count: r.count })))}
        </Col>
        <Col xs={24} md={12}>
          <Typography.Title level={5}>{t("cex.stats.byOutlet")}</Typography.Title>
          {counts(byOutlet.map((r) => ({ key: String(r.orgUnitId), label: r.orgUnitName, count: r.count })))}
        </Col>
      </Row>
    </Card>
  );
}
