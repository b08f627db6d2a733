import { App, Button, Card, Empty, Input, List, Modal, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { PLATFORM_LABELS } from "../../domain/opinion/vocabulary.ts";
import { useCan } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Candidate, useCandidates, useDismissCandidate, useOpenCandidate } from "./api.ts";

/** Candidates raised by monitoring: the officer opens an event from one, or dismisses it with a reason. */
export function CandidatesPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const navigate = useNavigate();
  const candidates = useCandidates();
  const open = useOpenCandidate();
  const dismiss = useDismissCandidate();
  const [dismissing, setDismissing] = useState<Candidate | null>(null);
  const [reason, setReason] = useState("");
  const mayHandle = can("opinion.handle");
  return (
    <>
      <PageHeader title={t("opn.candidatesTitle")} subtitle={t("opn.candidatesSubtitle")} />
      <Card>
        <List<Candidate>
          loading={candidates.isLoading}
          dataSource={candidates.data ?? []}
          locale={{ emptyText: <Empty description={t("opn.candidatesEmpty")} /> }}
          renderItem={(c) => (
            <List.Item
              actions={
                mayHandle
                  ? [
                      <Button
                        key="open"
                        type="primary"
                        loading={open.isPending}
                        onClick={() =>
                          open.mutate(
                            { id: c.id },
                            {
                              onSuccess: (made) => {
                                message.success(t("opn.opened", { ref: made.ref }));
                                navigate(`/opinion/${made.id}`);
                              },
                              onError: (e) => message.error(e.message),
                            },
                          )
                        }
                      >
                        {t("opn.openEvent")}
                      </Button>,
                      <Button key="dismiss" onClick={() => setDismissing(c)}>
                        {t("opn.dismiss")}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <a href={c.url} target="_blank" rel="noreferrer noopener">
                      {c.title}
                    </a>
                    {c.riskWords.map((w) => (
                      <Tag key={w} color="red">
                        {w}
                      </Tag>
                    ))}
                  </Space>
                }
                description={
                  <Typography.Text type="secondary">
                    {c.orgUnit.name} · {PLATFORM_LABELS[c.platform][locale]} ·{" "}
                    {t("opn.mentions", { count: c.mentionCount })} · {formatTime(c.lastAt)}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <Modal
        open={dismissing !== null}
        title={t("opn.dismiss")}
        okButtonProps={{ disabled: reason.trim() === "", loading: dismiss.isPending }}
        onCancel={() => setDismissing(null)}
        onOk={() =>
          dismissing &&
          dismiss.mutate(
            { id: dismissing.id, reason },
            {
              onSuccess: () => {
                message.success(t("opn.dismissed"));
                setDismissing(null);
                setReason("");
              },
              onError: (e) => message.error(e.message),
            },
          )
        }
      >
        <Input.TextArea
          rows={3}
          value={reason}
          placeholder={t("opn.dismissReason")}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
