import { SafetyCertificateFilled } from "@ant-design/icons";
import { Flex, Typography, theme } from "antd";
import { useI18n } from "../i18n/I18nProvider.tsx";

interface Props {
  /** Icon only, for the folded sider. */
  collapsed?: boolean;
  /** Light header of a phone: icon and short name, as the full name does not fit beside the buttons. */
  compact?: boolean;
}

/** The product's mark and name. */
export function Brand({ collapsed = false, compact = false }: Props) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  if (compact) {
    return (
      <Flex align="center" gap={8}>
        <SafetyCertificateFilled style={{ fontSize: 22, color: token.colorPrimary }} />
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t("app.shortName")}
        </Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex
      align="center"
      gap={10}
      style={{ height: 56, padding: collapsed ? "0 24px" : "0 20px", overflow: "hidden" }}
    >
      <SafetyCertificateFilled style={{ fontSize: 24, color: "#fff", flex: "none" }} />
      {!collapsed && (
        <Flex vertical style={{ minWidth: 0, lineHeight: 1.25 }}>
          <Typography.Text strong ellipsis style={{ color: "#fff", fontSize: 14 }}>
            {t("app.name")}
          </Typography.Text>
          <Typography.Text style={{ color: "rgba(255,255,255,0.55)", fontSize: 12 }}>
            {t("app.shortName")}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
