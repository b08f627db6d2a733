import { Card, Col, Row, theme } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ChangePasswordModal } from "../auth/ChangePasswordModal.tsx";
import { useCan } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { shortcutsFor } from "./shortcuts.tsx";

export function ShortcutsCard() {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const can = useCan();
  const navigate = useNavigate();
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <Card title={t("home.shortcutsTitle")}>
      <Row gutter={[16, 16]}>
        {shortcutsFor(can).map((s) => (
          <Col key={s.key} xs={24} sm={12}>
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
      {changingPassword && <ChangePasswordModal onClose={() => setChangingPassword(false)} />}
    </Card>
  );
}
