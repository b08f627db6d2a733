import { Card, List, Tag } from "antd";
import { Link } from "react-router";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useScenarios } from "./api.ts";

/**
 * The script-library scenarios linked to an incident category or a complaint cause, for those records' pages:
 * `<LinkedScripts incidentCategory="system_failure" />`.
 */
export function LinkedScripts({
  incidentCategory,
  complaintCause,
}: {
  incidentCategory?: string;
  complaintCause?: string;
}) {
  const { t } = useI18n();
  const scenarios = useScenarios();
  const linked = (scenarios.data ?? []).filter(
    (s) =>
      (incidentCategory && s.incidentCategories.includes(incidentCategory)) ||
      (complaintCause && s.complaintCauses.includes(complaintCause)),
  );
  if (linked.length === 0) return null;
  return (
    <Card size="small" title={t("scripts.linked")}>
      <List
        size="small"
        dataSource={linked}
        renderItem={(s) => (
          <List.Item key={s.id}>
            <Link to={`/scripts/${s.id}`}>{s.title}</Link>
            <Tag>{t(`scripts.techniques.${s.technique}`)}</Tag>
          </List.Item>
        )}
      />
    </Card>
  );
}
