import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Result, Space, Table, type TableColumnsType, Tag, Tooltip } from "antd";
import { Link, useNavigate, useSearchParams } from "react-router";
import { listQuery } from "../../domain/counter-exceptions/schema.ts";
import { STATUS_LABELS } from "../../domain/counter-exceptions/vocabulary.ts";
import { useCan } from "../auth/current-user.tsx";
import { LoadMore } from "../common/LoadMore.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { exportUrl, type Filter, type ListItem, useExceptions } from "./api.ts";
import { CustomerText } from "./CustomerText.tsx";
import { ExceptionFilters } from "./ExceptionFilters.tsx";
import { STATUS_COLORS } from "./labels.ts";
import { StatsCard } from "./StatsCard.tsx";

/** The filter lives in the address (a notice about a pattern links straight to its filtered list). */
function useFilter(): [Filter, (filter: Filter) => void] {
  const [params, setParams] = useSearchParams();
  const parsed = listQuery.safeParse(Object.fromEntries(params));
  const filter = parsed.success ? parsed.data : {};
  const set = (next: Filter) =>
    setParams(
      Object.fromEntries(
        Object.entries(next)
          .filter(([, v]) => v !== undefined && v !== null)
          .map(([k, v]) => [k, String(v)]),
      ),
      { replace: true },
    );
  return [filter, set];
}

export function ListPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const [filter, setFilter] = useFilter();
  const list = useExceptions(filter);

  const columns: TableColumnsType<ListItem> = [
    {
      title: t("cex.ref"),
      key: "ref",
      fixed: "left",
      render: (_, e) => (
        <Link to={`/counter-exceptions/${e.id}`} style={{ whiteSpace: "nowrap" }}>
          {e.ref}
        </Link>
      ),
    },
    { title: t("cex.type"), dataIndex: "typeLabel", key: "type" },
    {
      title: t("cex.status"),
      key: "status",
      render: (_, e) => (
        <Space size={4} wrap>
          <Tag color={STATUS_COLORS[e.status]}>{STATUS_LABELS[e.status][locale]}</Tag>
          {e.overdue && <Tag color="red">{t("cex.overdue")}</Tag>}
          {e.patternCount >= 2 && (
            <Tooltip title={t("cex.patternTip", { count: e.patternCount })}>
              <Tag color="volcano">{t("cex.pattern", { count: e.patternCount })}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: t("cex.outlet"), dataIndex: "orgUnitName", key: "outlet" },
    { title: t("cex.reporter"), key: "reporter", render: (_, e) => e.reportedBy.name },
    {
      title: t("cex.reportedAt"),
      key: "reportedAt",
      render: (_, e) => <span style={{ whiteSpace: "nowrap" }}>{formatTime(e.reportedAt)}</span>,
    },
    { title: t("cex.description"), dataIndex: "description", key: "description", ellipsis: true, width: 220 },
    { title: t("cex.amount"), dataIndex: "amount", key: "amount", align: "right" },
    {
      title: t("cex.customer"),
      key: "customer",
      render: (_, e) => (
        <span style={{ whiteSpace: "nowrap" }}>
          <CustomerText customer={e.customer} empty="" />
        </span>
      ),
    },
    {
      title: t("cex.followUpDueAt"),
      key: "due",
      render: (_, e) => (
        <span style={{ whiteSpace: "nowrap" }}>{e.followUpDueAt && formatTime(e.followUpDueAt)}</span>
      ),
    },
  ];

  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title={t("cex.title")}
        subtitle={t("cex.subtitle")}
        extra={
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={exportUrl(filter)}>
              {t("cex.export")}
            </Button>
            {can("counter_exceptions.report") && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate("/counter-exceptions/new")}
              >
                {t("cex.report")}
              </Button>
            )}
          </Space>
        }
      />
      <StatsCard filter={filter} />
      <Card>
        <ExceptionFilters value={filter} onChange={setFilter} />
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
            locale={{ emptyText: <Empty description={t("cex.empty")} /> }}
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
