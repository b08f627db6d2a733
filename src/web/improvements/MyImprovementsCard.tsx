import { Card } from "antd";
import { Link } from "react-router";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useMyOpenImprovements } from "./api.ts";
import { ImprovementsList } from "./ImprovementsList.tsx";

/** The home page's list of open improvements the user owns; nothing when there are none. */
export function MyImprovementsCard() {
  const { t } = useI18n();
  const mine = useMyOpenImprovements();
  if (!mine.data?.length) return null;
  return (
    <Card title={t("imp.mine")} extra={<Link to="/improvements">{t("nav.improvements")}</Link>}>
      <ImprovementsList items={mine.data} showSource />
    </Card>
  );
}
