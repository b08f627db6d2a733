import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Drawer, List, Table, Tabs, Tag } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useCan } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type SessionSummary, useQuizResults, useQuizzes, useSessions } from "./api.ts";
import { NewQuizModal } from "./NewQuizModal.tsx";
import { NewSessionModal } from "./NewSessionModal.tsx";
import { QuestionBank } from "./QuestionBank.tsx";

/** 培训与测验: sessions held for the caller's units, quizzes assigned, and for organisers the question bank. */
export function TrainingPage() {
  const { t } = useI18n();
  const can = useCan();
  const organiser = can("training.manage");
  const [creating, setCreating] = useState(false);
  const [quizzing, setQuizzing] = useState(false);
  const tabs = [
    { key: "sessions", label: t("training.tab.sessions"), children: <Sessions /> },
    { key: "quizzes", label: t("training.tab.quizzes"), children: <Quizzes /> },
    ...(organiser
      ? [{ key: "questions", label: t("training.tab.questions"), children: <QuestionBank /> }]
      : []),
  ];
  return (
    <>
      <PageHeader
        title={t("training.title")}
        subtitle={t("training.subtitle")}
        extra={
          organiser && (
            <>
              <Button onClick={() => setQuizzing(true)}>{t("training.addQuiz")}</Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t("training.new")}
              </Button>
            </>
          )
        }
      />
      <Card>
        <Tabs items={tabs} />
      </Card>
      <NewSessionModal open={creating} onClose={() => setCreating(false)} />
      <NewQuizModal open={quizzing} onClose={() => setQuizzing(false)} />
    </>
  );
}

function Sessions() {
  const { t } = useI18n();
  const sessions = useSessions();
  const navigate = useNavigate();
  return (
    <Table<SessionSummary>
      rowKey="id"
      loading={sessions.isPending}
      dataSource={sessions.data ?? []}
      locale={{ emptyText: t("training.empty") }}
      onRow={(s) => ({ onClick: () => navigate(`/training/sessions/${s.id}`), style: { cursor: "pointer" } })}
      scroll={{ x: 800 }}
      columns={[
        { title: t("training.time"), render: (_, s) => formatTime(s.startsAt) },
        { title: t("training.kind"), render: (_, s) => <Tag>{t(`training.kind.${s.kind}`)}</Tag> },
        {
          title: t("training.topic"),
          render: (_, s) => <Link to={`/training/sessions/${s.id}`}>{s.topic}</Link>,
        },
        { title: t("training.unit"), dataIndex: "orgUnitName" },
        { title: t("training.trainer"), render: (_, s) => s.trainer.name },
        { title: t("training.hours"), dataIndex: "hours" },
        {
          title: t("training.attendance"),
          render: (_, s) =>
            t("training.attendanceOf", { signed: s.attendeeCount, expected: s.expectedCount }),
        },
      ]}
    />
  );
}

function Quizzes() {
  const { t } = useI18n();
  const can = useCan();
  const quizzes = useQuizzes();
  const [resultsOf, setResultsOf] = useState<number | null>(null);
  const results = useQuizResults(resultsOf);
  return (
    <>
      <List
        loading={quizzes.isPending}
        dataSource={quizzes.data ?? []}
        renderItem={(q) => (
          <List.Item
            actions={[
              <Link key="take" to={`/training/quizzes/${q.id}`}>
                {t("training.takeQuiz")}
              </Link>,
              ...(can("training.manage")
                ? [
                    <Button key="results" type="link" onClick={() => setResultsOf(q.id)}>
                      {t("training.results")}
                    </Button>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              title={<Link to={`/training/quizzes/${q.id}`}>{q.title}</Link>}
              description={[
                q.orgUnitName,
                t("training.questionCount", { count: q.questionCount }),
                q.dueAt && `${t("training.dueAt")} ${formatTime(q.dueAt)}`,
              ]
                .filter(Boolean)
                .join(" · ")}
            />
            {q.myScore === null ? <Tag>{t("training.notTaken")}</Tag> : <Tag color="blue">{q.myScore}</Tag>}
          </List.Item>
        )}
      />
      <Drawer
        open={resultsOf !== null}
        onClose={() => setResultsOf(null)}
        title={results.data?.title}
        width={480}
        extra={
          resultsOf !== null && (
            <Button
              icon={<DownloadOutlined />}
              href={`/api/training/quizzes/${resultsOf}/results.xlsx`}
              download
            >
              {t("training.export")}
            </Button>
          )
        }
      >
        {results.data?.averageScore != null && (
          <p>{t("training.average", { score: results.data.averageScore })}</p>
        )}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={results.data?.results ?? []}
          columns={[
            { title: t("training.person"), dataIndex: "name" },
            { title: t("training.unit"), dataIndex: "orgUnitName" },
            {
              title: t("training.scoreColumn"),
              render: (_, r) => (r.score === null ? <Tag>{t("training.notTaken")}</Tag> : r.score),
            },
          ]}
        />
      </Drawer>
    </>
  );
}
