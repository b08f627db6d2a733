import { ClockCircleOutlined, PauseCircleOutlined } from "@ant-design/icons";
import { Card, Flex, Progress, Typography } from "antd";
import {
  DECISION_DAYS,
  type ExtensionLevel,
  REVIEW_DECISION_DAYS,
} from "../../domain/complaints/deadline.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { Complaint } from "./api.ts";

/** The regulator's clock at a glance: days left (red once breached), paused, or stopped. */
export function ClockCard({ complaint: c }: { complaint: Complaint }) {
  const { t } = useI18n();
  const total =
    c.kind === "review" ? REVIEW_DECISION_DAYS : DECISION_DAYS[c.extensionLevel as ExtensionLevel];
  const { clock } = c;
  let text = t("cmp.clock.stopped");
  let percent = 100;
  if (clock.state === "running" && clock.daysLeft !== null && clock.dueDate) {
    text =
      clock.daysLeft < 0
        ? t("cmp.clock.overdue", { days: -clock.daysLeft, due: clock.dueDate })
        : t("cmp.clock.running", { days: clock.daysLeft, due: clock.dueDate });
    percent = Math.max(0, Math.min(100, Math.round(((total - Math.max(clock.daysLeft, 0)) / total) * 100)));
  }
  if (clock.state === "paused") text = t("cmp.clock.paused", { days: clock.remainingDays ?? 0 });
  const danger = c.breached || (clock.daysLeft !== null && clock.daysLeft <= 3);
  return (
    <Card size="small" data-testid="complaint-clock">
      <Flex align="center" gap={12} wrap>
        {clock.state === "paused" ? (
          <PauseCircleOutlined style={{ fontSize: 24 }} />
        ) : (
          <ClockCircleOutlined style={{ fontSize: 24 }} />
        )}
        <div style={{ flex: 1, minWidth: 200 }}>
          <Typography.Text strong type={danger ? "danger" : undefined}>
            {text}
          </Typography.Text>
          {c.extensionLevel > 0 && (
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {t("cmp.extensionLevel", { level: c.extensionLevel })}
            </Typography.Text>
          )}
          {clock.state === "running" && (
            <Progress
              percent={percent}
              showInfo={false}
              status={danger ? "exception" : "active"}
              size="small"
            />
          )}
        </div>
      </Flex>
    </Card>
  );
}
