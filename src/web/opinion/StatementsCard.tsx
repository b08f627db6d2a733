import { App, Button, Card, Input, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Detail, useDraftStatement, useStatementAction } from "./api.ts";

const STATUS_COLORS = { draft: "default", approved: "blue", published: "green" } as const;

/** The statement register: drafts, another person's approval, publication; published versions are frozen. */
export function StatementsCard({ event }: { event: Detail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [text, setText] = useState("");
  const [where, setWhere] = useState("");
  const draft = useDraftStatement(event.id);
  const act = useStatementAction(event.id);
  const onError = (e: Error) => message.error(e.message);
  return (
    <Card title={t("opn.statements")} style={{ marginBottom: 16 }}>
      <List
        dataSource={event.statements}
        renderItem={(s) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Space wrap>
                  <span style={{ whiteSpace: "nowrap" }}>
                    {t("opn.statementVersion", { version: s.version })}
                  </span>
                  <Tag color={STATUS_COLORS[s.status]}>{t(`opn.statement.${s.status}`)}</Tag>
                  <Typography.Text type="secondary">
                    {s.draftedBy.name} · {formatTime(s.draftedAt)}
                    {s.approvedBy && ` · ${t("opn.statement.approved")}: ${s.approvedBy.name}`}
                    {s.publishedWhere && ` · ${s.publishedWhere}`}
                  </Typography.Text>
                </Space>
              }
              description={
                <>
                  <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{s.text}</Typography.Paragraph>
                  <Space wrap>
                    {s.mayApprove && (
                      <Button
                        onClick={() => act.mutate({ statementId: s.id, action: "approve" }, { onError })}
                      >
                        {t("opn.approve")}
                      </Button>
                    )}
                    {s.status === "approved" && event.allowed.record && (
                      <Space.Compact>
                        <Input
                          placeholder={t("opn.publishWhere")}
                          value={where}
                          onChange={(e) => setWhere(e.target.value)}
                        />
                        <Button
                          disabled={where.trim() === ""}
                          onClick={() =>
                            act.mutate({ statementId: s.id, action: "publish", where }, { onError })
                          }
                        >
                          {t("opn.publish")}
                        </Button>
                      </Space.Compact>
                    )}
                  </Space>
                </>
              }
            />
          </List.Item>
        )}
      />
      {event.allowed.record && (
        <Space.Compact style={{ width: "100%" }}>
          <Input.TextArea
            rows={2}
            value={text}
            placeholder={t("opn.statementText")}
            onChange={(e) => setText(e.target.value)}
          />
          <Button
            type="primary"
            disabled={text.trim() === ""}
            loading={draft.isPending}
            onClick={() => draft.mutate(text, { onSuccess: () => setText(""), onError })}
          >
            {t("opn.statementDraft")}
          </Button>
        </Space.Compact>
      )}
    </Card>
  );
}
