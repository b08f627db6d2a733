import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Input,
  List,
  Popconfirm,
  Result,
  Spin,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useCancelInspection, useInspection, useSubmitInspection } from "./api.ts";
import { STATUS_COLORS } from "./labels.ts";
import { RectificationCard } from "./RectificationCard.tsx";
import { ResultItem } from "./ResultItem.tsx";

/** One inspection: its findings item by item (filled in while a draft), then its rectifications. */
export function DetailPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const inspection = useInspection(id);
  const submit = useSubmitInspection(id);
  const cancel = useCancelInspection(id);
  const [summary, setSummary] = useState("");
  if (inspection.isPending) return <Spin />;
  if (inspection.isError)
    return <Result status="error" title={t("common.loadFailed")} subTitle={inspection.error.message} />;
  const ins = inspection.data;
  const editable = ins.allowedActions.includes("record");
  const answered = ins.results.filter((r) => r.outcome !== null).length;

  return (
    <>
      <PageHeader
        title={`${ins.orgUnitName} · ${ins.ref}`}
        extra={<Tag color={STATUS_COLORS[ins.status]}>{t(`insp.status.${ins.status}`)}</Tag>}
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
            <Descriptions.Item label={t("insp.inspector")}>{ins.inspector.displayName}</Descriptions.Item>
            <Descriptions.Item label={t("insp.startedAt")}>{formatTime(ins.startedAt)}</Descriptions.Item>
            <Descriptions.Item label={t("insp.submittedAt")}>
              {ins.submittedAt ? formatTime(ins.submittedAt) : t("common.none")}
            </Descriptions.Item>
            <Descriptions.Item label={t("insp.failCount")}>{ins.failCount}</Descriptions.Item>
          </Descriptions>
          {ins.summary && (
            <Typography.Paragraph style={{ marginBottom: 0 }}>{ins.summary}</Typography.Paragraph>
          )}
        </Card>
        <Card
          size="small"
          title={t("insp.results")}
          extra={
            <Typography.Text type="secondary">
              {t("insp.progress", { done: answered, total: ins.results.length })}
            </Typography.Text>
          }
        >
          <List
            dataSource={ins.results}
            rowKey="id"
            renderItem={(result) => <ResultItem inspection={ins} result={result} editable={editable} />}
          />
          {editable && (
            <Flex vertical gap={8} style={{ marginTop: 16 }}>
              <Input.TextArea
                placeholder={t("insp.summary")}
                aria-label={t("insp.summary")}
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={2000}
                value={summary}
                onChange={(e) => setSummary(e.target.value)}
              />
              <Flex gap={8} justify="flex-end">
                <Popconfirm
                  title={t("insp.cancelConfirm")}
                  onConfirm={() => cancel.mutate(undefined, { onError: (e) => message.error(e.message) })}
                >
                  <Button danger loading={cancel.isPending}>
                    {t("insp.cancel")}
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={t("insp.submitConfirm")}
                  onConfirm={() => submit.mutate(summary, { onError: (e) => message.error(e.message) })}
                >
                  <Button type="primary" loading={submit.isPending}>
                    {t("insp.submit")}
                  </Button>
                </Popconfirm>
              </Flex>
            </Flex>
          )}
        </Card>
        {!editable && (
          <Card size="small" title={t("insp.rectifications")}>
            {ins.rectifications.length === 0 ? (
              <Empty description={t("insp.noRect")} />
            ) : (
              <Flex vertical gap={12}>
                {ins.rectifications.map((r) => (
                  <RectificationCard key={r.id} rectification={r} />
                ))}
              </Flex>
            )}
          </Card>
        )}
      </Flex>
    </>
  );
}
