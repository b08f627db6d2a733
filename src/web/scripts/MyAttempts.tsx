import { Card, List, Space, Tag, Typography } from "antd";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Scenario, useMyAttempts } from "./api.ts";

/** The person's latest attempts at this scenario, so that they see whether they are getting better. */
export function MyAttempts({ scenario }: { scenario: Scenario }) {
  const { t } = useI18n();
  const attempts = useMyAttempts(scenario.id);
  return (
    <Card size="small" title={t("scripts.myAttempts")} data-testid="my-attempts">
      <List
        size="small"
        loading={attempts.isLoading}
        dataSource={attempts.data?.items ?? []}
        locale={{ emptyText: t("scripts.noAttempts") }}
        renderItem={(a) => (
          <List.Item
            extra={
              <Space direction="vertical" align="end" size={0}>
                <Tag color={a.verdict === "good" ? "success" : "warning"}>
                  {t(`scripts.verdict.${a.verdict}`)} · {a.score}
                </Tag>
                {!a.currentVersion && <Tag>{t("scripts.olderVersion")}</Tag>}
              </Space>
            }
          >
            <List.Item.Meta
              title={<Typography.Text type="secondary">{formatTime(a.createdAt)}</Typography.Text>}
              description={<Typography.Paragraph ellipsis={{ rows: 2 }}>{a.reply}</Typography.Paragraph>}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
