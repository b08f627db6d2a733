import { Alert, Flex, Skeleton } from "antd";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useRuleSettings } from "./api.ts";
import { RuleCard } from "./RuleCard.tsx";
import { SourcesCard } from "./SourcesCard.tsx";

/** Administrators: each warning rule's thresholds, tested before saving, and the outside sources. */
export function SettingsPage() {
  const { t } = useI18n();
  const rules = useRuleSettings();
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t("warn.settings.title")} subtitle={t("warn.settings.subtitle")} />
      {rules.isPending && <Skeleton active />}
      {rules.isError && <Alert type="error" showIcon title={rules.error.message} />}
      {rules.data?.map((setting) => (
        <RuleCard key={setting.rule} setting={setting} />
      ))}
      <SourcesCard />
    </Flex>
  );
}
