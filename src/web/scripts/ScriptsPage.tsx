import { Card, Col, Result, Row, Spin, Tag, Typography } from "antd";
import { Link } from "react-router";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useScenarios } from "./api.ts";

/** 话术库: the situations staff meet, each a card that opens its guidance and practice. */
export function ScriptsPage() {
  const { t } = useI18n();
  const scenarios = useScenarios();
  if (scenarios.isError) return <Result status="error" title={t("common.loadFailed")} />;
  if (!scenarios.data) return <Spin />;
  return (
    <>
      <PageHeader title={t("scripts.title")} subtitle={t("scripts.subtitle")} />
      <Row gutter={[16, 16]}>
        {scenarios.data.map((s) => (
          <Col key={s.id} xs={24} md={12} xl={8}>
            <Link to={`/scripts/${s.id}`}>
              <Card
                hoverable
                title={s.title}
                extra={<Tag color="geekblue">{t(`scripts.techniques.${s.technique}`)}</Tag>}
              >
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
                  {s.situation}
                </Typography.Paragraph>
                <Typography.Text italic>“{s.customerLine}”</Typography.Text>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
