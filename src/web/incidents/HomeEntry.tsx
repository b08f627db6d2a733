import { AlertFilled, RightOutlined } from "@ant-design/icons";
import { Button, Flex, Typography } from "antd";
import { Link, useNavigate } from "react-router";
import { useCan } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useBoard } from "./api.ts";
import { useQueuedReports } from "./offline-reports.ts";

/**
 * The home page's first thing for outlet staff: one big red button to report an emergency, reports still
 * waiting on the device for the network, and the open incidents of their subtree when there are any.
 */
export function HomeEntry() {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const board = useBoard();
  // A report kept on the device while offline goes out from here too, where the reporter lands next.
  const queued = useQueuedReports();
  const open = board.data?.length ?? 0;
  if (!can("incidents.report") && open === 0) return null;
  return (
    <Flex vertical gap={8}>
      {can("incidents.report") && (
        <Button
          type="primary"
          danger
          block
          size="large"
          onClick={() => navigate("/incidents/new")}
          style={{ height: 76, fontSize: 22, fontWeight: 700, letterSpacing: 2 }}
          icon={<AlertFilled />}
        >
          {t("inc.report.entry")}
        </Button>
      )}
      {queued > 0 && (
        <Typography.Text type="warning">{t("inc.report.queued", { count: queued })}</Typography.Text>
      )}
      {open > 0 && (
        <Link to="/incidents">
          <Flex justify="space-between" align="center">
            <Typography.Text type="danger" strong>
              {t("inc.home.open", { count: open })}
            </Typography.Text>
            <RightOutlined />
          </Flex>
        </Link>
      )}
    </Flex>
  );
}
