import { DownloadOutlined } from "@ant-design/icons";
import { App, Button, Card, Descriptions, InputNumber, Result, Space, Table, Tag } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { withQuery } from "../api/client.ts";
import { useCurrentUser } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useRecord } from "./api.ts";

/** 培训档案: one person's year of training; the person's own unless a manager opens another's (?user=). */
export function RecordPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const userId = Number(useSearchParams()[0].get("user") ?? me.id);
  const [year, setYear] = useState(new Date().getFullYear());
  const record = useRecord(userId, year);
  const r = record.data;
  const download = async () => {
    const res = await fetch(withQuery(`/api/training/records/${userId}/export.xlsx`, { year }), {
      credentials: "same-origin",
    });
    if (!res.ok) return message.error(`HTTP ${res.status}`);
    const url = URL.createObjectURL(await res.blob());
    Object.assign(document.createElement("a"), {
      href: url,
      download: `training-record-${year}.xlsx`,
    }).click();
    URL.revokeObjectURL(url);
  };
  if (record.isError) return <Result status="404" title={record.error.message} />;
  return (
    <>
      <PageHeader
        title={r ? `${t("training.record")} · ${r.user.name}` : t("training.record")}
        subtitle={t("training.recordSubtitle")}
        extra={
          <Space>
            <InputNumber
              aria-label={t("training.year")}
              value={year}
              min={2000}
              max={2100}
              onChange={(y) => y && setYear(y)}
            />
            <Button icon={<DownloadOutlined />} onClick={download}>
              {t("training.export")}
            </Button>
          </Space>
        }
      />
      <Card loading={!r}>
        {r && (
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t("training.unit")}>{r.user.orgUnitName}</Descriptions.Item>
            <Descriptions.Item label={t("training.year")}>{r.year}</Descriptions.Item>
            <Descriptions.Item label={t("training.totalHours")}>
              <strong data-testid="record-hours">{r.hours}</strong>
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      <Card title={t("training.tab.sessions")} size="small" style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={r?.sessions ?? []}
          scroll={{ x: true }}
          columns={[
            { title: t("training.time"), render: (_, s) => formatTime(s.startsAt) },
            { title: t("training.kind"), render: (_, s) => <Tag>{t(`training.kind.${s.kind}`)}</Tag> },
            { title: t("training.topic"), dataIndex: "topic" },
            { title: t("training.hours"), dataIndex: "hours" },
          ]}
        />
      </Card>
      <Card title={t("training.tab.quizzes")} size="small" style={{ marginTop: 16 }}>
        <Table
          rowKey="quizId"
          size="small"
          pagination={false}
          dataSource={r?.quizzes ?? []}
          columns={[
            { title: t("training.quizTitle"), dataIndex: "title" },
            { title: t("training.myScore"), dataIndex: "score" },
            { title: t("training.time"), render: (_, q) => formatTime(q.submittedAt) },
          ]}
        />
      </Card>
      <Card title={t("training.practice")} size="small" style={{ marginTop: 16 }}>
        <Table
          rowKey={(a) => `${a.scenarioId}-${a.at}`}
          size="small"
          pagination={false}
          dataSource={r?.practice ?? []}
          columns={[
            { title: t("training.practiceScenario"), dataIndex: "title" },
            {
              title: t("training.myScore"),
              render: (_, a) => (
                <Tag color={a.verdict === "good" ? "green" : "orange"}>
                  {a.score} · {t(a.verdict === "good" ? "training.verdictGood" : "training.verdictNeedsWork")}
                </Tag>
              ),
            },
            { title: t("training.time"), render: (_, a) => formatTime(a.at) },
          ]}
        />
      </Card>
      <Card title={t("training.drills")} size="small" style={{ marginTop: 16 }}>
        <Table
          rowKey="incidentId"
          size="small"
          pagination={false}
          dataSource={r?.drills ?? []}
          columns={[
            { title: "", dataIndex: "ref" },
            { title: t("training.time"), render: (_, d) => formatTime(d.reportedAt) },
          ]}
        />
      </Card>
    </>
  );
}
