import { ClockCircleOutlined, SafetyOutlined } from "@ant-design/icons";
import { Card, Flex, Typography, theme } from "antd";
import { DEFAULT_LOCKOUT } from "../../domain/auth/lockout.ts";
import { useCurrentUser } from "../auth/current-user.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";

/** When the session ends if left alone, and the lock-out rule: what staff need to know to keep the account safe. */
export function SessionCard() {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const me = useCurrentUser();
  return (
    <Card
      title={
        <Flex gap={8}>
          <SafetyOutlined />
          {t("home.sessionTitle")}
        </Flex>
      }
    >
      <Typography.Paragraph>
        <ClockCircleOutlined style={{ marginRight: 8, color: token.colorWarning }} />
        {t("home.sessionExpires", { time: formatTime(me.sessionExpiresAt) })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t("home.sessionAdvice", { max: DEFAULT_LOCKOUT.maxFailures, minutes: DEFAULT_LOCKOUT.lockMinutes })}
      </Typography.Paragraph>
    </Card>
  );
}
