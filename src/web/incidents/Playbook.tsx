import { CheckCircleFilled, CheckOutlined } from "@ant-design/icons";
import { App, Badge, Button, Card, Flex, Tag, Typography, theme } from "antd";
import { useCurrentUser } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { roleLabel } from "../i18n/labels.ts";
import { type Incident, useCompleteTask } from "./api.ts";

type Task = Incident["playbook"]["steps"][number]["tasks"][number];

/**
 * The five steps of the closed loop with every role's tasks. The viewer's own tasks stand out and can be
 * ticked; everyone else's are shown so each person sees the whole plan.
 */
export function Playbook({ incident }: { incident: Incident }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const me = useCurrentUser();
  const mine = incident.playbook.steps.flatMap((s) => s.tasks).filter((x) => x.role === me.role);
  const left = mine.filter((x) => !x.done).length;
  return (
    <Card
      size="small"
      title={t("inc.room.playbook")}
      extra={
        mine.length > 0 && (
          <Typography.Text type={left ? "warning" : "success"}>
            {left ? t("inc.room.myTasksLeft", { count: left }) : t("inc.room.myTasksDone")}
          </Typography.Text>
        )
      }
      data-testid="playbook"
    >
      <Flex vertical gap={14}>
        {incident.playbook.steps.map((step, i) => {
          const complete = step.tasks.length > 0 && step.tasks.every((x) => x.done);
          return (
            <div key={step.key}>
              <Flex align="center" gap={8} style={{ marginBottom: 6 }}>
                {complete ? (
                  <CheckCircleFilled style={{ color: token.colorSuccess, fontSize: 20 }} />
                ) : (
                  <Badge count={i + 1} color={token.colorPrimary} />
                )}
                <Typography.Text strong style={{ fontSize: 15 }}>
                  {step.title}
                </Typography.Text>
              </Flex>
              <Flex vertical gap={6} style={{ paddingLeft: 28 }}>
                {step.tasks.map((task) => (
                  <TaskRow
                    key={task.id}
                    incidentId={incident.id}
                    task={task}
                    mine={task.role === me.role}
                    tickable={incident.may.work && task.role === me.role}
                  />
                ))}
              </Flex>
            </div>
          );
        })}
      </Flex>
    </Card>
  );
}

function TaskRow({
  incidentId,
  task,
  mine,
  tickable,
}: {
  incidentId: number;
  task: Task;
  mine: boolean;
  tickable: boolean;
}) {
  const { t, locale } = useI18n();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const complete = useCompleteTask(incidentId);
  return (
    <Flex
      align="flex-start"
      gap={10}
      data-testid={`task-${task.id}`}
      style={{
        padding: "8px 10px",
        borderRadius: 6,
        background: mine
          ? task.done
            ? token.colorSuccessBg
            : token.colorWarningBg
          : token.colorFillQuaternary,
        border: `1px solid ${mine ? (task.done ? token.colorSuccessBorder : token.colorWarningBorder) : "transparent"}`,
      }}
    >
      <div style={{ flex: 1, minWidth: 0 }}>
        <Tag color={mine ? "gold" : "default"} style={{ marginBottom: 4 }}>
          {roleLabel(task.role, locale)}
          {mine && ` · ${t("inc.room.me")}`}
        </Tag>
        <Typography.Text
          delete={task.done}
          type={task.done ? "secondary" : undefined}
          style={{ display: "block", fontSize: mine ? 15 : 14 }}
        >
          {task.text}
        </Typography.Text>
        {task.doneBy && (
          <Typography.Text type="success" style={{ fontSize: 12 }}>
            <CheckOutlined /> {task.doneBy}
          </Typography.Text>
        )}
      </div>
      {tickable && !task.done && (
        <Button
          type="primary"
          icon={<CheckOutlined />}
          loading={complete.isPending}
          aria-label={`${t("inc.room.tick")} ${task.text}`}
          onClick={() => complete.mutate(task.id, { onError: (e) => message.error(e.message) })}
          style={{ flex: "none", minHeight: 40 }}
        >
          {t("inc.room.tick")}
        </Button>
      )}
    </Flex>
  );
}
