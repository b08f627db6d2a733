import { LockOutlined, SafetyCertificateFilled, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Form, Grid, Input, Typography, theme } from "antd";
import { Navigate, useLocation, useNavigate } from "react-router";
import { SIDER_BG } from "../app/theme.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { EmergencyNumbers } from "../incidents/EmergencyNumbers.tsx";
import { LanguageSwitch } from "../shell/LanguageSwitch.tsx";
import { useLogin, useMe } from "./api.ts";
import type { LoginState } from "./RequireAuth.tsx";

interface Values {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const wide = Grid.useBreakpoint().lg === true;
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const me = useMe();
  const login = useLogin();
  const target = state.from && state.from !== "/login" ? state.from : "/";

  if (me.data) return <Navigate to={target} replace />;

  const submit = (values: Values) =>
    login.mutate(values, { onSuccess: () => navigate(target, { replace: true }) });

  return (
    <Flex style={{ minHeight: "100vh", background: token.colorBgLayout }}>
      {wide && (
        <Flex
          vertical
          justify="space-between"
          style={{
            width: "42%",
            padding: 48,
            background: `linear-gradient(160deg, ${SIDER_BG}, ${token.colorPrimary})`,
          }}
        >
          <Flex align="center" gap={12}>
            <SafetyCertificateFilled style={{ fontSize: 36, color: "#fff" }} />
            <Typography.Title level={3} style={{ color: "#fff", margin: 0 }}>
              {t("app.shortName")}
            </Typography.Title>
          </Flex>
          <div>
            <Typography.Title level={2} style={{ color: "#fff" }}>
              {t("app.name")}
            </Typography.Title>
            <Typography.Paragraph style={{ color: "rgba(255,255,255,0.75)", fontSize: 16, maxWidth: 440 }}>
              {t("app.tagline")}
            </Typography.Paragraph>
          </div>
          <Typography.Text style={{ color: "rgba(255,255,255,0.5)" }}>{t("app.license")}</Typography.Text>
        </Flex>
      )}
      <Flex vertical flex={1} style={{ padding: 16 }}>
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Flex flex={1} vertical align="center" justify="center" gap={12}>
          <Card style={{ width: "100%", maxWidth: 400 }} styles={{ body: { padding: 32 } }}>
            {!wide && (
              <Flex vertical align="center" gap={8} style={{ marginBottom: 24 }}>
                <SafetyCertificateFilled style={{ fontSize: 40, color: token.colorPrimary }} />
                <Typography.Title level={4} style={{ margin: 0, textAlign: "center" }}>
                  {t("app.name")}
                </Typography.Title>
                <Typography.Text type="secondary">{t("app.shortName")}</Typography.Text>
              </Flex>
            )}
            <Typography.Title level={3} style={{ marginTop: 0 }}>
              {t("login.title")}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t("login.subtitle")}</Typography.Paragraph>
            {state.expired && !login.error && (
              <Alert type="warning" showIcon title={t("login.expired")} style={{ marginBottom: 16 }} />
            )}
            {login.error && (
              <Alert type="error" showIcon title={login.error.message} style={{ marginBottom: 16 }} />
            )}
            <Form<Values> name="login" layout="vertical" size="large" onFinish={submit} requiredMark={false}>
              <Form.Item
                name="username"
                label={t("login.username")}
                rules={[{ required: true, whitespace: true, message: t("login.usernameRequired") }]}
              >
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item
                name="password"
                label={t("login.password")}
                rules={[{ required: true, message: t("login.passwordRequired") }]}
              >
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={login.isPending}>
                {t("login.submit")}
              </Button>
            </Form>
            <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
              {t("login.help")}
            </Typography.Paragraph>
          </Card>
          <EmergencyNumbers />
        </Flex>
      </Flex>
    </Flex>
  );
}
