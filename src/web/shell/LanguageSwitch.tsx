import { TranslationOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { useI18n } from "../i18n/I18nProvider.tsx";

/** Switches the UI language; the choice is remembered on this device. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <Dropdown
      menu={{
        selectable: true,
        selectedKeys: [locale],
        items: [
          { key: "zh", label: t("lang.zh") },
          { key: "en", label: t("lang.en") },
        ],
        onClick: ({ key }) => setLocale(key === "en" ? "en" : "zh"),
      }}
    >
      <Button type="text" icon={<TranslationOutlined />} aria-label={t("lang.switch")}>
        {compact ? null : t(locale === "zh" ? "lang.zh" : "lang.en")}
      </Button>
    </Dropdown>
  );
}
