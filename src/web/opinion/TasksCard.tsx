import { CheckCircleTwoTone } from "@ant-design/icons";
import { App, Button, Card, Flex, Tag, Typography } from "antd";
import { MOVES } from "../../domain/opinion/tasks.ts";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { roleLabel } from "../i18n/labels.ts";
import { type Detail, useDoTask } from "./api.ts";

/**
 * The five moves of handling public opinion, each with its tasks and the roles that do them; a task is
 * ticked by one of its roles, and shows who did it and when.
 */
export function TasksCard({ event }: { event: Detail }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const doTask = useDoTask(event.id);
  return (
    <Card title={t("opn.moves")} size="small" style={{ marginBottom: 16 }} data-testid="opinion-tasks">
      <Flex vertical gap={12}>
        {MOVES.map((move) => (
          <div key={move}>
            <Typography.Text strong>{t(`opn.move.${move}`)}</Typography.Text>
            {event.tasks
              .filter((task) => task.move === move)
              .map((task) => (
                <Flex
                  key={task.id}
                  gap={8}
                  align="center"
                  wrap
                  style={{ marginTop: 6, paddingInlineStart: 12 }}
                >
                  {task.doneAt && <CheckCircleTwoTone twoToneColor="#52c41a" />}
                  <Typography.Text style={{ flex: 1, minWidth: 200 }} delete={task.doneAt !== null}>
                    {t(`opn.task.${task.id}`)}
                  </Typography.Text>
                  {task.roles.map((role) => (
                    <Tag key={role}>{roleLabel(role, locale)}</Tag>
                  ))}
                  {task.doneAt ? (
                    <Typography.Text type="secondary">
                      {t("opn.taskDone", { name: task.doneBy?.name ?? "", at: formatTime(task.doneAt) })}
                    </Typography.Text>
                  ) : (
                    task.mayDo && (
                      <Button
                        size="small"
                        loading={doTask.isPending && doTask.variables === task.id}
                        onClick={() => doTask.mutate(task.id, { onError: (e) => message.error(e.message) })}
                      >
                        {t("opn.taskDo")}
                      </Button>
                    )
                  )}
                </Flex>
              ))}
          </div>
        ))}
      </Flex>
    </Card>
  );
}
