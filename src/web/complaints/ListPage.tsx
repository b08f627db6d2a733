import { PlusOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Empty,
  Flex,
  Select,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { COMPLAINT_STATUSES, type ComplaintStatus } from "../../domain/complaints/lifecycle.ts";
import { useCan } from "../auth/current-user.tsx";
import { LoadMore } from "../common/LoadMore.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type ComplaintSummary, type Filter, useComplaints } from "./api.ts";

export const STATUS_COLORS: Record<ComplaintStatus, string> = {
  open: "processing",
  decided: "gold",
  closed: "success",
  withdrawn: "default",
  merged: "default",
};

/** Complaints of the caller's subtree, newest first; breaches are flagged on every row. */
export function ListPage() {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>({});
  const list = useComplaints(filter);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  const columns: TableColumnsType<ComplaintSummary> = [
    {
      title: t("cmp.ref"),
      key: "ref",
      fixed: "left",
      render: (_, c) => (
        <Link to={`/complaints/${c.id}`} style={{ whiteSpace: "nowrap" }}>
          {c.ref}
        </Link>
      ),
    },
    {
      title: t("cmp.status"),
      key: "status",
      render: (_, c) => (
        <Space size={4} wrap>
          <Tag color={STATUS_COLORS[c.status]}>{t(`cmp.status.${c.status}`)}</Tag>
          {c.breached && <Tag color="red">{t("cmp.breached")}</Tag>}
          {c.repeat && <Tag color="orange">{t("cmp.repeat")}</Tag>}
        </Space>
      ),
    },
    { title: t("cmp.summary"), dataIndex: "summary", key: "summary", ellipsis: true, width: 220 },
    { title: t("cmp.businessCategory"), key: "cat", render: (_, c) => c.businessCategory.label },
    { title: t("cmp.complainant"), dataIndex: "complainantName", key: "who" },
    { title: t("cmp.unit"), dataIndex: "orgUnitName", key: "unit" },
    {
      title: t("cmp.due"),
      key: "due",
      render: (_, c) =>
        c.decisionDueAt ? (
          <Typography.Text type={c.breached ? "danger" : undefined} style={{ whiteSpace: "nowrap" }}>
            {formatTime(c.decisionDueAt)}
          </Typography.Text>
        ) : (
          t("common.none")
        ),
    },
    { title: t("cmp.handler"), key: "handler", render: (_, c) => c.handler?.displayName ?? t("common.none") },
  ];

  return (
    <div>
      <PageHeader
        title={t("cmp.title")}
        subtitle={t("cmp.subtitle")}
        extra={
          can("complaints.register") && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/complaints/new")}>
              {t("cmp.register")}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <Select
            style={{ minWidth: 140 }}
            value={filter.status ?? ""}
            onChange={(v) =>
              setFilter({ ...filter, status: (v || undefined) as ComplaintStatus | undefined })
            }
            options={[
              { value: "", label: t("cmp.filter.all") },
              ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`cmp.status.${s}`) })),
            ]}
          />
          <Space>
            <Switch
              checked={filter.breached === "true"}
              onChange={(on) => setFilter({ ...filter, breached: on ? "true" : undefined })}
            />
            {t("cmp.filter.breached")}
          </Space>
        </Flex>
        <Table<ComplaintSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={list.isPending}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: <Empty description={t("cmp.empty")} /> }}
        />
        <LoadMore
          count={items.length}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoad={() => list.fetchNextPage()}
        />
      </Card>
    </div>
  );
}
