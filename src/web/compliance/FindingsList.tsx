import { Empty, List, Space, Tag, Typography } from "antd";
import type { Finding } from "../../domain/compliance/matcher.ts";
import { SEVERITY_LABELS } from "../../domain/compliance/vocabulary.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useRuleName } from "./labels.ts";

export const SEVERITY_COLORS = { error: "red", warning: "orange", info: "blue" } as const;

/** Each finding with what is wrong and how to say it instead. */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const { t, locale } = useI18n();
  const ruleName = useRuleName();
  if (findings.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("cp.noFindings")} />;
  return (
    <List
      size="small"
      dataSource={[...findings]}
      renderItem={(f) => (
        <List.Item key={`${f.ruleId}-${f.start}`} data-testid="finding">
          <Space direction="vertical" size={2} style={{ width: "100%" }}>
            <Space wrap size={4}>
              <Tag color={SEVERITY_COLORS[f.severity]}>{SEVERITY_LABELS[f.severity][locale]}</Tag>
              <Tag>{t(`cp.ruleKinds.${f.kind}`)}</Tag>
              <Typography.Text strong data-testid="finding-rule">
                {ruleName(f.ruleId, f.kind)}
              </Typography.Text>
              {f.excerpt && <Typography.Text mark>{f.excerpt}</Typography.Text>}
            </Space>
            <Typography.Text>{f.message}</Typography.Text>
            {f.missing && (
              <Typography.Text type="danger">
                {t("cp.missing")}
                {f.missing.join("；")}
              </Typography.Text>
            )}
            <Typography.Text type="success">
              {t("cp.suggestion")}
              {f.suggestion}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
