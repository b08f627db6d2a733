import { Col, Row, Typography, theme } from "antd";
import type { AuditEntry } from "../../domain/audit/schema.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";

/** The record as it was before and after the change, side by side (stacked on a phone). */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const block = (title: string, value: unknown) => (
    <Col xs={24} md={12}>
      <Typography.Text strong>{title}</Typography.Text>
      <pre
        style={{
          margin: "8px 0 0",
          padding: 12,
          background: token.colorFillQuaternary,
          borderRadius: token.borderRadius,
          fontSize: 12,
          whiteSpace: "pre-wrap",
          wordBreak: "break-all",
        }}
      >
        {value === null ? t("audit.noData") : JSON.stringify(value, null, 2)}
      </pre>
    </Col>
  );
  return (
    <Row gutter={[16, 16]}>
      {block(t("audit.before"), entry.before)}
      {block(t("audit.after"), entry.after)}
    </Row>
  );
}
