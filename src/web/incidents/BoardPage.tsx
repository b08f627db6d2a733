import { AlertOutlined } from "@ant-design/icons";
import { Button, Tabs } from "antd";
import { Link, useSearchParams } from "react-router";
import { useCan } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { BoardList } from "./BoardList.tsx";
import { DrillsAndResponseTimes } from "./DrillsAndResponseTimes.tsx";
import { IncidentTable } from "./IncidentTable.tsx";

/** 事件看板: the open incidents (live), every incident with filters, and the drill calendar with response times. */
export function BoardPage() {
  const { t } = useI18n();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") ?? "board";
  return (
    <>
      <PageHeader
        title={t("inc.board.title")}
        subtitle={t("inc.board.subtitle")}
        extra={
          can("incidents.report") && (
            <Link to="/incidents/new">
              <Button type="primary" danger size="large" icon={<AlertOutlined />}>
                {t("inc.report.entry")}
              </Button>
            </Link>
          )
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === "board" ? {} : { tab: key }, { replace: true })}
        items={[
          { key: "board", label: t("inc.board.tabOpen"), children: <BoardList /> },
          { key: "all", label: t("inc.board.tabAll"), children: <IncidentTable /> },
          { key: "drills", label: t("inc.board.tabDrills"), children: <DrillsAndResponseTimes /> },
        ]}
      />
    </>
  );
}
