import { Alert, Card, Col, Descriptions, Flex, Row, Tag, Typography } from "antd";
import { useCurrentUser } from "../auth/current-user.tsx";
import { hourNow } from "../common/time.ts";
import type { MessageKey } from "../i18n/dictionaries.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { kindLabel, roleLabel } from "../i18n/labels.ts";
import { MyImprovementsCard } from "../improvements/MyImprovementsCard.tsx";
import { HomeEntry } from "../incidents/HomeEntry.tsx";
import { SessionCard } from "./SessionCard.tsx";
import { ShortcutsCard } from "./ShortcutsCard.tsx";

function greetingKey(hour: number): MessageKey {
  if (hour < 5) return "home.greeting.default";
  if (hour < 12) return "home.greeting.morning";
  if (hour < 18) return "home.greeting.afternoon";
  return "home.greeting.evening";
}

/** Who the user is, what their role does in the platform, and the pages it opens to them. */
export function HomePage() {
  const { t, locale } = useI18n();
  const me = useCurrentUser();
  const unit = me.orgUnit;

  return (
    <Flex vertical gap={16}>
      <HomeEntry />
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
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <Card title={t("home.dutyTitle")}>
              <Typography.Paragraph style={{ fontSize: 15 }}>{t(`duty.${me.role}`)}</Typography.Paragraph>
              <Alert type="info" showIcon title={t("home.available")} />
            </Card>
            <ShortcutsCard />
            <MyImprovementsCard />
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <SessionCard />
        </Col>
      </Row>
    </Flex>
  );
}
