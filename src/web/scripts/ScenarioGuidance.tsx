import { Card, List, Space, Typography } from "antd";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { Scenario } from "./api.ts";

/** What the guidance shows; also a draft's content in the know-how editor's preview. */
export type Guidance = Pick<Scenario, "situation" | "steps" | "goodReplies" | "badReplies" | "traps">;

/** A scenario's guidance: the situation, the steps, the replies to use and avoid, the traps. */
export function ScenarioGuidance({ scenario: s }: { scenario: Guidance }) {
  const { t } = useI18n();
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card size="small" title={t("scripts.situation")}>
        {s.situation}
      </Card>
      {s.steps.length > 0 && (
        <Card size="small" title={t("scripts.steps")}>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {s.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </Card>
      )}
      <Card size="small" title={t("scripts.good")}>
        <List
          dataSource={s.goodReplies}
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta title={`“${r.text}”`} description={r.why} />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t("scripts.bad")}>
        <List
          dataSource={s.badReplies}
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta
                title={<Typography.Text delete>“{r.text}”</Typography.Text>}
                description={r.why}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t("scripts.traps")}>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {s.traps.map((trap) => (
            <li key={trap}>{trap}</li>
          ))}
        </ul>
      </Card>
    </Space>
  );
}
