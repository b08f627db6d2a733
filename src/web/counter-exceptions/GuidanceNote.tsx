import { BulbOutlined } from "@ant-design/icons";
import { Alert, Typography } from "antd";
import type { Step } from "../../domain/counter-exceptions/vocabulary.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { Guidance } from "./api.ts";

/**
 * What to do at the given steps for this exception's type, and how to keep it from happening again: the
 * know-how of seed 003 where the person needs it (register, verify and handle pages).
 */
export function GuidanceNote({ guidance, steps }: { guidance: Guidance; steps: readonly Step[] }) {
  const { t } = useI18n();
  return (
    <Alert
      type="success"
      showIcon
      icon={<BulbOutlined />}
      style={{ marginBottom: 16 }}
      title={t("cex.guidance.title")}
      description={
        <>
          {steps.map((step) => (
            <Typography.Paragraph key={step} style={{ marginBottom: 4 }}>
              <Typography.Text strong>
                {t(`cex.steps.${step}`)}
                {t("common.colon")}
              </Typography.Text>
              {guidance.steps[step]}
            </Typography.Paragraph>
          ))}
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            <Typography.Text strong>
              {t("cex.guidance.prevention")}
              {t("common.colon")}
            </Typography.Text>
            {guidance.prevention}
          </Typography.Paragraph>
        </>
      }
    />
  );
}
