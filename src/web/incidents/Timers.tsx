import { ClockCircleOutlined, FieldTimeOutlined } from "@ant-design/icons";
import { Col, Row, Statistic, theme } from "antd";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { IncidentSummary } from "./api.ts";
import { formatDuration } from "./labels.tsx";
import { useNow } from "./useNow.ts";

type Clocked = Pick<IncidentSummary, "reportedAt" | "ackDueAt" | "acknowledgedAt" | "escalationLevel"> & {
  closedAt?: string | null;
};

/** What the acknowledgement clock says now: time left, time over, or when it was acknowledged. */
export function useAckClock(incident: Clocked) {
  const { t, locale } = useI18n();
  const now = useNow();
  if (incident.acknowledgedAt) {
    const took = new Date(incident.acknowledgedAt).getTime() - new Date(incident.reportedAt).getTime();
    return {
      overdue: false,
      done: true,
      text: t("inc.timer.ackedIn", { time: formatDuration(took, locale) }),
    };
  }
  const left = new Date(incident.ackDueAt).getTime() - now;
  if (left >= 0) return { overdue: false, done: false, text: formatDuration(left, locale) };
  return {
    overdue: true,
    done: false,
    text: t("inc.timer.over", { time: formatDuration(-left, locale) }),
  };
}

/** The room's two clocks, ticking every second: since the report, and to the acknowledgement deadline. */
export function Timers({ incident }: { incident: Clocked }) {
  const { t, locale } = useI18n();
  const { token } = theme.useToken();
  const now = useNow();
  const ack = useAckClock(incident);
  const end = incident.closedAt ? new Date(incident.closedAt).getTime() : now;
  const since = formatDuration(end - new Date(incident.reportedAt).getTime(), locale);
  const ackColor = ack.overdue ? token.colorError : ack.done ? token.colorSuccess : token.colorWarning;
  return (
    <Row gutter={[16, 8]}>
      <Col xs={12}>
        <Statistic
          title={t("inc.timer.since")}
          value={since}
          prefix={<ClockCircleOutlined />}
          styles={{ content: { fontSize: 20 } }}
        />
      </Col>
      <Col xs={12} data-testid="ack-clock">
        <Statistic
          title={
            ack.done
              ? t("inc.timer.acked")
              : t("inc.timer.ackDue", { time: formatTime(incident.ackDueAt).slice(11) })
          }
          value={ack.text}
          prefix={<FieldTimeOutlined />}
          styles={{ content: { fontSize: 20, color: ackColor, fontWeight: ack.overdue ? 700 : 500 } }}
        />
        {incident.escalationLevel > 0 && !ack.done && (
          <span style={{ color: token.colorError, fontSize: 13 }}>
            {t("inc.timer.escalated", { level: incident.escalationLevel })}
          </span>
        )}
      </Col>
    </Row>
  );
}
