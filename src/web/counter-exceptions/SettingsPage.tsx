import { Flex } from "antd";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { DeadlinesCard } from "./DeadlinesCard.tsx";
import { GrantsCard } from "./GrantsCard.tsx";
import { TypesCard } from "./TypesCard.tsx";

/** Administrators' settings of the counter-exception register. */
export function SettingsPage() {
  const { t } = useI18n();
  return (
    <div style={{ maxWidth: 1000 }}>
      <PageHeader title={t("cex.settings.title")} subtitle={t("cex.settings.subtitle")} />
      <Flex vertical gap={16}>
        <TypesCard />
        <GrantsCard />
        <DeadlinesCard />
      </Flex>
    </div>
  );
}
