import { SafetyCertificateFilled } from "@ant-design/icons";
import { Flex, Typography } from "antd";
import { useI18n } from "../i18n/I18nProvider.tsx";

/** The product's mark and name, on the dark sider or on a light header. */
export function Brand({ collapsed = false, dark = true }: { collapsed?: boolean; dark?: boolean }) {
  const { t } = useI18n();
  const color = dark ? "#fff" : undefined;
  return (
    <Flex
      align="center"
      gap={10}
      style={{ height: 56, padding: collapsed ? "0 24px" : "0 20px", overflow: "hidden" }}
    >
      <SafetyCertificateFilled style={{ fontSize: 24, color: dark ? "#fff" : "#1f4e9c", flex: "none" }} />
      {!collapsed && (
        <Flex vertical style={{ minWidth: 0, lineHeight: 1.25 }}>
          <Typography.Text strong ellipsis style={{ color, fontSize: 14 }}>
            {t("app.name")}
          </Typography.Text>
          <Typography.Text
            style={{ color: dark ? "rgba(255,255,255,0.55)" : undefined, fontSize: 12 }}
            type="secondary"
          >
            {t("app.shortName")}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
