import { List, Space, Tag, Typography } from "antd";
import { ROLE_LABELS } from "../../domain/auth/roles.ts";
import { planContacts, planTasks } from "../../domain/incidents/answers.ts";
import type { QuestionKey } from "../../domain/incidents/categories.ts";
import { CONTACT_LABELS } from "../../domain/incidents/guidance.ts";
import { STEP_KEYS, STEP_TITLES } from "../../domain/incidents/playbook.ts";
import type { PlaybookContent } from "../../domain/knowhow/playbook.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";

/**
 * A playbook read-only: the numbers to call, each step's tasks with the role that does them, and the calming
 * lines, for the quick answers given (none: the category's own plan). The editor's preview and the training
 * session's reader both show it.
 */
export function PlaybookOutline({
  content,
  answers = {},
}: {
  content: PlaybookContent;
  answers?: Partial<Record<QuestionKey, boolean>>;
}) {
  const { t, locale } = useI18n();
  const planned = planTasks(content, answers);
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <div>
        <Typography.Text strong>{t("kh.pb.contacts")}</Typography.Text>
        <div>
          {planContacts(content, answers).map((c) => (
            <Tag key={c}>{CONTACT_LABELS[c][locale]}</Tag>
          ))}
        </div>
      </div>
      {STEP_KEYS.map((step) => (
        <List
          key={step}
          size="small"
          header={<Typography.Text strong>{STEP_TITLES[step][locale]}</Typography.Text>}
          dataSource={planned.filter((task) => task.step === step)}
          renderItem={(task) => (
            <List.Item>
              <span>
                <Tag>{ROLE_LABELS[task.role][locale]}</Tag>
                {task.text[locale]}
              </span>
            </List.Item>
          )}
        />
      ))}
      <div>
        <Typography.Text strong>{t("kh.pb.calming")}</Typography.Text>
        {content.calming.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
          <Typography.Paragraph key={i} style={{ marginBottom: 4 }}>
            {line[locale]}
          </Typography.Paragraph>
        ))}
      </div>
    </Space>
  );
}
