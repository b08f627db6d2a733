import { CheckCircleFilled, CheckOutlined, UserSwitchOutlined } from "@ant-design/icons";
import { App, Badge, Button, Card, Flex, Input, Popover, Select, Tag, Typography, theme } from "antd";
import { useState } from "react";
import { useCurrentUser } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { roleLabel } from "../i18n/labels.ts";
import { useUsers } from "../users/api.ts";
import { type Incident, useCompleteTaskWithNote, useHandOverTask } from "./api.ts";
import { useDraft } from "./drafts.ts";

type Task = Incident["playbook"]["steps"][number]["tasks"][number];

/**
 * The five steps of the closed loop with every role's tasks. The viewer's own tasks (by role, or handed to
 * them) stand out and can be ticked; the commander can also complete anyone's task with a note or hand it to
 * a colleague, so one absent person never holds up the closing.
 */
export function Playbook({ incident }: { incident: Incident }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const me = useCurrentUser();
  const open = incident.may.work;
  const isMine = (x: Task) => (x.assignedTo ? x.assignedTo.id === me.id : x.role === me.role);
  const mine = incident.playbook.steps.flatMap((s) => s.tasks).filter(isMine);
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
                  <TaskRow key={task.id} incident={incident} task={task} mine={isMine(task)} open={open} />
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
  incident,
  task,
  mine,
  open,
}: {
  incident: Incident;
  task: Task;
  mine: boolean;
  open: boolean;
}) {
  const { t, locale } = useI18n();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const complete = useCompleteTaskWithNote(incident.id);
  const commanding = open && !mine && !task.done && incident.may.command;
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
        <Flex gap={4} wrap style={{ marginBottom: 4 }}>
          <Tag color={mine ? "gold" : "default"} style={{ margin: 0 }}>
            {roleLabel(task.role, locale)}
            {mine && ` · ${t("inc.room.me")}`}
          </Tag>
          {task.assignedTo && (
            <Tag color="blue" style={{ margin: 0 }}>
              {t("inc.task.handedTo", { name: task.assignedTo.name })}
            </Tag>
          )}
        </Flex>
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
            {task.note && ` · ${task.note}`}
          </Typography.Text>
        )}
        {commanding && (
          <Flex gap={16} wrap style={{ marginTop: 2 }}>
            <CompleteForOthers incidentId={incident.id} task={task} />
            <HandOver incident={incident} task={task} />
          </Flex>
        )}
      </div>
      {open && mine && !task.done && (
        <Button
          type="primary"
          icon={<CheckOutlined />}
          loading={complete.isPending}
          aria-label={`${t("inc.room.tick")} ${task.text}`}
          onClick={() => complete.mutate({ taskId: task.id }, { onError: (e) => message.error(e.message) })}
          style={{ flex: "none", minHeight: 40 }}
        >
          {t("inc.room.tick")}
        </Button>
      )}
    </Flex>
  );
}

/** The commander completes someone else's task, saying what was done. */
function CompleteForOthers({ incidentId, task }: { incidentId: number; task: Task }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const complete = useCompleteTaskWithNote(incidentId);
  const [openPop, setOpenPop] = useState(false);
  const [note, setNote] = useDraft(`task-note:${task.id}`, "");
  const done = () =>
    complete.mutate(
      { taskId: task.id, note: note.trim() || undefined },
      {
        onSuccess: () => {
          setNote("");
          setOpenPop(false);
        },
        onError: (e) => message.error(e.message),
      },
    );
  return (
    <Popover
      open={openPop}
      onOpenChange={setOpenPop}
      trigger="click"
      title={t("inc.task.completeFor")}
      content={
        <Flex vertical gap={8} style={{ width: 240 }}>
          <Input.TextArea
            aria-label={t("inc.task.note")}
            placeholder={t("inc.task.notePlaceholder")}
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button type="primary" loading={complete.isPending} onClick={done}>
            {t("inc.task.confirm")}
          </Button>
        </Flex>
      }
    >
      <Button
        type="link"
        size="small"
        icon={<CheckOutlined />}
        aria-label={`${t("inc.task.completeFor")} ${task.text}`}
        style={{ paddingInline: 0 }}
      >
        {t("inc.task.completeFor")}
      </Button>
    </Popover>
  );
}

/** The commander hands a task to one colleague of the outlet, who is told and may then tick it. */
function HandOver({ incident, task }: { incident: Incident; task: Task }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [picking, setPicking] = useState(false);
  const hand = useHandOverTask(incident.id);
  const users = useUsers({ orgUnitId: incident.orgUnitId });
  const people = users.data?.pages.flatMap((p) => p.items).filter((u) => !u.disabled) ?? [];
  if (!picking)
    return (
      <Button
        type="link"
        size="small"
        icon={<UserSwitchOutlined />}
        style={{ paddingInline: 0 }}
        aria-label={`${t("inc.task.handOver")} ${task.text}`}
        onClick={() => setPicking(true)}
      >
        {t("inc.task.handOver")}
      </Button>
    );
  return (
    <Select
      autoFocus
      defaultOpen
      size="small"
      style={{ width: 200 }}
      placeholder={t("inc.roles.pick")}
      options={people.map((u) => ({ value: u.id, label: `${u.displayName} · ${roleLabel(u.role, locale)}` }))}
      onChange={(userId: number) =>
        hand.mutate(
          { taskId: task.id, userId },
          { onSuccess: () => setPicking(false), onError: (e) => message.error(e.message) },
        )
      }
      onBlur={() => setPicking(false)}
    />
  );
}
