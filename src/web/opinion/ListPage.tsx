import { PlusOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Empty,
  Result,
  Segmented,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
} from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { ListQuery } from "../../domain/opinion/schema.ts";
import { LEVEL_LABELS, LEVELS, PLATFORM_LABELS, STATUS_LABELS } from "../../domain/opinion/vocabulary.ts";
import { useCan } from "../auth/current-user.tsx";
import { LoadMore } from "../common/LoadMore.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type ListItem, useOpinionEvents } from "./api.ts";
import { LEVEL_COLORS } from "./labels.ts";

export function ListPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<ListQuery>({ status: "open" });
  const list = useOpinionEvents(filter);
  const columns: TableColumnsType<ListItem> = [
    {
      title: t("opn.ref"),
      key: "ref",
      render: (_, e) => (
        <Link to={`/opinion/${e.id}`} style={{ whiteSpace: "nowrap" }}>
          {e.ref}
        </Link>
      ),
    },
    {
      title: t("opn.level"),
      key: "level",
      render: (_, e) => (
        <Space size={4}>
          <Tag color={LEVEL_COLORS[e.level]}>{LEVEL_LABELS[e.level][locale]}</Tag>
          {e.drill && <Tag>{t("opn.drill")}</Tag>}
        </Space>
      ),
    },
    { title: t("opn.status"), key: "status", render: (_, e) => STATUS_LABELS[e.status][locale] },
    { title: t("opn.platform"), key: "platform", render: (_, e) => PLATFORM_LABELS[e.platform][locale] },
    { title: t("opn.summary"), dataIndex: "summary", key: "summary", ellipsis: true, width: 280 },
    { title: t("opn.unit"), key: "unit", render: (_, e) => e.orgUnit.name },
    {
      title: t("opn.firstSeenAt"),
      key: "firstSeenAt",
      render: (_, e) => <span style={{ whiteSpace: "nowrap" }}>{formatTime(e.firstSeenAt)}</span>,
    },
    {
      title: t("opn.reportDue"),
      key: "reportDue",
      render: (_, e) =>
        e.reportedToBranchAt ? (
          <Tag color="green">{t("opn.reported")}</Tag>
        ) : (
          <span style={{ whiteSpace: "nowrap" }}>{formatTime(e.reportDueAt)}</span>
        ),
    },
  ];
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title={t("opn.title")}
        subtitle={t("opn.subtitle")}
        extra={
          can("opinion.report") && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/opinion/new")}>
              {t("opn.create")}
            </Button>
          )
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={filter.status === "open" ? "open" : "all"}
            onChange={(v) => setFilter({ ...filter, status: v === "open" ? "open" : undefined })}
            options={[
              { value: "open", label: t("opn.filterOpen") },
              { value: "all", label: t("opn.filterAll") },
            ]}
          />
          <Select
            allowClear
            placeholder={t("opn.level")}
            style={{ width: 120 }}
            value={filter.level}
            onChange={(level) => setFilter({ ...filter, level })}
            options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l][locale] }))}
          />
        </Space>
        {list.isError ? (
          <Result status="error" title={t("common.loadFailed")} subTitle={list.error.message} />
        ) : (
          <Table<ListItem>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={list.isFetching && !list.isFetchingNextPage}
            pagination={false}
            scroll={{ x: "max-content" }}
            size="middle"
            locale={{ emptyText: <Empty description={t("opn.empty")} /> }}
          />
        )}
        <LoadMore
          count={rows.length}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoad={() => list.fetchNextPage()}
        />
      </Card>
    </>
  );
}
