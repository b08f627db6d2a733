import { Card, Result, Switch, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useCan } from "../auth/current-user.tsx";
import { LoadMore } from "../common/LoadMore.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type PracticeAttempt, useAttempts } from "./api.ts";

/** 练习记录: one's own practice replies; a coach also sees those of the staff below them. */
export function AttemptsPage() {
  const { t } = useI18n();
  const coach = useCan()("scripts.coach");
  const [mine, setMine] = useState(false);
  const attempts = useAttempts(mine ? { mine: "true" } : {});
  const rows = attempts.data?.pages.flatMap((p) => p.items) ?? [];

  const columns: TableColumnsType<PracticeAttempt> = [
    { title: t("scripts.attempts.at"), dataIndex: "createdAt", key: "at", render: formatTime, width: 160 },
    {
      title: t("scripts.attempts.person"),
      key: "person",
      render: (_, a) => (
        <>
          {a.displayName} <Typography.Text type="secondary">{a.orgUnitName}</Typography.Text>
        </>
      ),
    },
    {
      title: t("scripts.attempts.scenario"),
      key: "scenario",
      render: (_, a) => (
        <>
          {a.scenarioTitle ? <Link to={`/scripts/${a.scenarioId}`}>{a.scenarioTitle}</Link> : a.scenarioId}
          {!a.currentVersion && <Tag style={{ marginInlineStart: 8 }}>{t("scripts.olderVersion")}</Tag>}
        </>
      ),
    },
    {
      title: t("scripts.attempts.reply"),
      dataIndex: "reply",
      key: "reply",
      render: (reply: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>
          {reply}
        </Typography.Paragraph>
      ),
    },
    {
      title: t("scripts.attempts.score"),
      key: "score",
      width: 150,
      render: (_, a) => (
        <Tag color={a.verdict === "good" ? "success" : "warning"}>
          {t(`scripts.verdict.${a.verdict}`)} · {a.score}
        </Tag>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("scripts.attempts.title")}
        subtitle={t("scripts.attempts.subtitle")}
        extra={
          coach && (
            <Switch
              checked={mine}
              onChange={setMine}
              checkedChildren={t("scripts.attempts.mine")}
              unCheckedChildren={t("scripts.attempts.mine")}
            />
          )
        }
      />
      <Card>
        {attempts.isError ? (
          <Result status="error" title={t("common.loadFailed")} subTitle={attempts.error.message} />
        ) : (
          <Table<PracticeAttempt>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={attempts.isPending}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: t("scripts.noAttempts") }}
          />
        )}
        <LoadMore
          count={rows.length}
          hasMore={attempts.hasNextPage}
          loading={attempts.isFetchingNextPage}
          onLoad={() => attempts.fetchNextPage()}
        />
      </Card>
    </>
  );
}
