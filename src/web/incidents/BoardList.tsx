import { RightOutlined, WarningFilled } from "@ant-design/icons";
import { Alert, Card, Empty, Flex, Skeleton, Tag, Typography, theme } from "antd";
import { useNavigate } from "react-router";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type IncidentSummary, useBoard } from "./api.ts";
import { CATEGORY_ICONS, SEVERITY_COLORS, SeverityTag, StatusTag } from "./labels.tsx";
import { useAckClock } from "./Timers.tsx";

function AckClock({ incident }: { incident: IncidentSummary }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const clock = useAckClock(incident);
  if (clock.done) return <Typography.Text type="secondary">{clock.text}</Typography.Text>;
  return (
    <Typography.Text strong style={{ color: clock.overdue ? token.colorError : token.colorWarning }}>
      {clock.overdue ? <WarningFilled /> : null}{" "}
      {clock.overdue ? clock.text : t("inc.board.ackIn", { time: clock.text })}
    </Typography.Text>
  );
}

/** One open incident as a row of the board: the level's colour down the side, the clock that matters. */
function BoardItem({ incident }: { incident: IncidentSummary }) {
  const { t, locale } = useI18n();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  return (
    <Card
      hoverable
      size="small"
      role="link"
      aria-label={`${incident.ref} ${incident.categoryLabel}`}
      onClick={() => navigate(`/incidents/${incident.id}`)}
      style={{ borderLeft: `6px solid ${SEVERITY_COLORS[incident.severity]}` }}
      data-testid="board-item"
    >
      <Flex align="center" gap={12}>
        <span style={{ fontSize: 28, color: SEVERITY_COLORS[incident.severity], flex: "none" }}>
          {CATEGORY_ICONS[incident.category]}
        </span>
        <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Flex gap={6} wrap align="center">
            <SeverityTag severity={incident.severity} locale={locale} />
            <StatusTag status={incident.status} locale={locale} />
            {incident.drill && <Tag color="orange">{t("inc.drill")}</Tag>}
            {incident.escalationLevel > 0 && !incident.acknowledgedAt && (
              <Tag color="red">{t("inc.timer.escalated", { level: incident.escalationLevel })}</Tag>
            )}
          </Flex>
          <Typography.Text strong style={{ fontSize: 15 }}>
            {incident.categoryLabel} · {incident.summary}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {incident.orgUnitName} · {incident.reportedBy} · {formatTime(incident.reportedAt)} ·{" "}
            {incident.ref}
          </Typography.Text>
          <AckClock incident={incident} />
        </Flex>
        <RightOutlined style={{ color: token.colorTextTertiary }} />
      </Flex>
    </Card>
  );
}

/** Open incidents of the user's subtree, most severe and most overdue first (the server's order), live. */
export function BoardList() {
  const { t } = useI18n();
  const board = useBoard();
  if (board.isPending) return <Skeleton active />;
  if (board.isError) return <Alert type="error" showIcon title={board.error.message} />;
  if (board.data.length === 0) return <Empty description={t("inc.board.empty")} />;
  return (
    <Flex vertical gap={10}>
      {board.data.map((incident) => (
        <BoardItem key={incident.id} incident={incident} />
      ))}
    </Flex>
  );
}
