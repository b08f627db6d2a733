import { ClockCircleOutlined, SafetyOutlined } from "@ant-design/icons";
import { Alert, Card, Col, Descriptions, Flex, Row, Tag, Typography, theme } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { DEFAULT_LOCKOUT } from "../../domain/auth/lockout.ts";
import { ChangePasswordModal } from "../auth/ChangePasswordModal.tsx";
import { useCan, useCurrentUser } from "../auth/current-user.tsx";
import { formatTime, hourNow } from "../common/time.ts";
import type { MessageKey } from "../i18n/dictionaries.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { kindLabel, roleLabel } from "../i18n/labels.ts";
import { shortcutsFor } from "./shortcuts.tsx";

function greetingKey(hour: number): MessageKey {
  if (hour < 5) return "home.greeting.default";
  if (hour < 12) return "home.greeting.morning";
  if (hour < 18) return "home.greeting.afternoon";
  return "home.greeting.evening";
}

export function HomePage() {
  const { t, locale } = useI18n();
  const { token } = theme.useToken();
  const me = useCurrentUser();
  const can = useCan();
  const navigate = useNavigate();
  const [changingPassword, setChangingPassword] = useState(false);
  const unit = me.orgUnit;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t(greetingKey(hourNow()), { name: me.displayName })}
        </Typography.Title>
        <Descriptions
          column={{ xs: 1, sm: 2, xl: 4 }}
          size="small"
          items={[
            {
              key: "role",
              label: t("home.role"),
              children: <Tag color="blue">{roleLabel(me.role, locale)}</Tag>,
            },
            {
              key: "unit",
              label: t("home.unit"),
              children: `${unit.name}（${kindLabel(unit.kind, locale)} · ${unit.code}）`,
            },
            { key: "username", label: t("home.username"), children: me.username },
            { key: "phone", label: t("home.dutyPhone"), children: unit.dutyPhone ?? t("common.none") },
          ]}
        />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t("home.dutyTitle")} style={{ height: "100%" }}>
            <Typography.Paragraph style={{ fontSize: 15 }}>{t(`duty.${me.role}`)}</Typography.Paragraph>
            <Alert type="info" showIcon title={t("home.available")} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card
            title={
              <Flex gap={8}>
                <SafetyOutlined />
                {t("home.sessionTitle")}
              </Flex>
            }
            style={{ height: "100%" }}
          >
            <Typography.Paragraph>
              <ClockCircleOutlined style={{ marginRight: 8, color: token.colorWarning }} />
              {t("home.sessionExpires", { time: formatTime(me.sessionExpiresAt) })}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t("home.sessionAdvice", {
                max: DEFAULT_LOCKOUT.maxFailures,
                minutes: DEFAULT_LOCKOUT.lockMinutes,
              })}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>

      <Card title={t("home.shortcutsTitle")}>
        <Row gutter={[16, 16]}>
          {shortcutsFor(can).map((s) => (
            <Col key={s.key} xs={24} sm={12} xl={6}>
              <Card
                hoverable
                size="small"
                style={{ height: "100%" }}
                onClick={() => (s.to ? navigate(s.to) : setChangingPassword(true))}
                data-testid={`shortcut-${s.key}`}
              >
                <Card.Meta
                  avatar={<span style={{ fontSize: 24, color: token.colorPrimary }}>{s.icon}</span>}
                  title={t(s.title)}
                  description={t(s.text)}
                />
              </Card>
            </Col>
          ))}
        </Row>
      </Card>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </Flex>
  );
}
