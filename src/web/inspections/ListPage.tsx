import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Result, Segmented, Table, type TableColumnsType, Tag } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { INSPECTION_STATUSES } from "../../domain/inspections/vocabulary.ts";
import { useCan } from "../auth/current-user.tsx";
import { LoadMore } from "../common/LoadMore.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type InspectionFilter, type InspectionSummary, useInspections } from "./api.ts";
import { STATUS_COLORS } from "./labels.ts";
import { StartModal } from "./StartModal.tsx";

/** The inspections of the user's subtree, newest first, filtered by status. */
export function ListPage() {
  const { t } = useI18n();
  const can = useCan();
  const [filter, setFilter] = useState<InspectionFilter>({});
  const [starting, setStarting] = useState(false);
  const list = useInspections(filter);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: TableColumnsType<InspectionSummary> = [
    { title: t("insp.ref"), key: "ref", render: (_, i) => <Link to={`/inspections/${i.id}`}>{i.ref}</Link> },
    { title: t("insp.outlet"), dataIndex: "orgUnitName", key: "unit" },
    {
      title: t("insp.status"),
      key: "status",
      render: (_, i) => <Tag color={STATUS_COLORS[i.status]}>{t(`insp.status.${i.status}`)}</Tag>,
    },
    { title: t("insp.failCount"), dataIndex: "failCount", key: "fail", align: "right" },
    { title: t("insp.openRect"), dataIndex: "openRectifications", key: "open", align: "right" },
    { title: t("insp.inspector"), key: "inspector", render: (_, i) => i.inspector.displayName },
    { title: t("insp.startedAt"), key: "startedAt", render: (_, i) => formatTime(i.startedAt) },
  ];
  return (
    <>
      <PageHeader
        title={t("insp.listTitle")}
        subtitle={t("insp.listSubtitle")}
        extra={
          can("inspections.conduct") && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setStarting(true)}>
              {t("insp.start")}
            </Button>
          )
        }
      />
      <Card>
        <Segmented
          style={{ marginBottom: 16 }}
          value={filter.status ?? "all"}
          onChange={(v) => setFilter({ status: v === "all" ? undefined : (v as InspectionFilter["status"]) })}
          options={[
            { value: "all", label: t("insp.all") },
            ...INSPECTION_STATUSES.map((s) => ({ value: s, label: t(`insp.status.${s}`) })),
          ]}
        />
        {list.isError ? (
          <Result status="error" title={t("common.loadFailed")} subTitle={list.error.message} />
        ) : (
          <Table<InspectionSummary>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={list.isFetching && !list.isFetchingNextPage}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: <Empty description={t("insp.none")} /> }}
          />
        )}
        <LoadMore
          count={rows.length}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoad={() => list.fetchNextPage()}
        />
      </Card>
      <StartModal open={starting} onClose={() => setStarting(false)} />
    </>
  );
}
