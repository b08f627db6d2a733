import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Result, Segmented, Table, type TableColumnsType, Tag } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { MATERIAL_STATUSES } from "../../domain/compliance/review.ts";
import { LoadMore } from "../common/LoadMore.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type MaterialFilter, type MaterialSummary, useMaterials } from "./api.ts";
import { STATUS_COLORS } from "./labels.ts";

/** The review queue: materials of the user's subtree, newest first, filtered by status. */
export function MaterialsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<MaterialFilter>({ status: "pending_review" });
  const list = useMaterials(filter);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: TableColumnsType<MaterialSummary> = [
    {
      title: t("cp.ref"),
      key: "ref",
      render: (_, m) => <Link to={`/compliance/materials/${m.id}`}>{m.ref}</Link>,
    },
    { title: t("cp.titleField"), dataIndex: "title", key: "title" },
    { title: t("cp.channel"), key: "channel", render: (_, m) => t(`cp.channels.${m.channel}`) },
    {
      title: t("cp.materialType"),
      key: "type",
      render: (_, m) => t(`cp.materialTypes.${m.materialType}`),
    },
    {
      title: t("cp.status"),
      key: "status",
      render: (_, m) => <Tag color={STATUS_COLORS[m.status]}>{t(`cp.status.${m.status}`)}</Tag>,
    },
    { title: t("cp.version"), dataIndex: "currentVersion", key: "version", align: "right" },
    { title: t("cp.unit"), dataIndex: "orgUnitName", key: "unit" },
    { title: t("cp.updatedAt"), key: "updatedAt", render: (_, m) => formatTime(m.updatedAt) },
  ];
  return (
    <>
      <PageHeader
        title={t("cp.materialsTitle")}
        subtitle={t("cp.materialsSubtitle")}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate("/compliance/materials/new")}
          >
            {t("cp.submitMaterial")}
          </Button>
        }
      />
      <Card>
        <Segmented
          style={{ marginBottom: 16 }}
          value={filter.status ?? "all"}
          onChange={(v) => setFilter({ status: v === "all" ? undefined : (v as MaterialFilter["status"]) })}
          options={[
            ...MATERIAL_STATUSES.map((s) => ({ value: s, label: t(`cp.status.${s}`) })),
            { value: "all", label: t("cp.all") },
          ]}
        />
        {list.isError ? (
          <Result status="error" title={t("common.loadFailed")} subTitle={list.error.message} />
        ) : (
          <Table<MaterialSummary>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={list.isFetching && !list.isFetchingNextPage}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: <Empty description={t("cp.noMaterials")} /> }}
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
